"""Wording of the standard letters (domain.md §3): name -> (title, addressee lines, paragraphs)."""

LETTERS = {
    "police_notification": (
        "Notification of a death that may require a review",
        ["{{ recipient.name }}", "{{ recipient.job_title }}", "{{ csp.name }}"],
        [
            "I write to notify you, as chair of the Community Safety Partnership, of the death "
            "of {{ victim.name }}, aged {{ victim.age }}, on {{ review.date_of_death|uk_date }}.",
            "The death appears to have resulted from violence, abuse or neglect by a person to "
            "whom {{ victim.name }} was related, with whom they were or had been in an intimate "
            "relationship, or with whom they lived ({{ review.relationship_text }}).",
            "The senior investigating officer is {{ review.officer_name }} of "
            "{{ review.officer_force }}. Please consider whether a {{ review.type_name }} "
            "should be held; the decision is due by {{ deadlines.decision|uk_date }}.",
        ],
    ),
    "scoping_request": (
        "Request for information and to secure records",
        ["{{ recipient.name }}", "{{ recipient.job_title }}", "{{ recipient.organisation }}"],
        [
            "Following the death of {{ victim.name }} (born {{ victim.date_of_birth|uk_date }}) "
            "on {{ review.date_of_death|uk_date }}, the {{ csp.name }} is considering whether "
            "to hold a {{ review.type_name }}.",
            "Please secure all records your agency holds about {{ victim.name }} and the people "
            "close to them, and tell us by {{ reply_by|uk_date }} whether your agency had any "
            "contact with them, and when.",
            "Please do not share this letter outside those who need it to answer.",
        ],
    ),
    "home_office_decision": (
        "Notification of the decision on a review",
        ["Home Office", "{{ home_office.address }}"],
        [
            "The chair of {{ csp.name }} decided on {{ decision.decided_on|uk_date }} "
            "{{ decision.outcome_text }} following the death of {{ victim.pseudonym }} in "
            "{{ review.date_of_death|month_year }}.",
            "The reasons for the decision: {{ decision.rationale }}",
            "{% if decision.child_review_arrangement %}The victim was {{ victim.age }}; the "
            "arrangement agreed with the child safeguarding partnership is: "
            "{{ decision.child_review_arrangement }}.{% endif %}",
        ],
    ),
    "imr_commission": (
        "Commissioning an Individual Management Review",
        ["{{ recipient.name }}", "{{ recipient.job_title }}", "{{ recipient.organisation }}"],
        [
            "The {{ csp.name }} is holding a {{ review.type_name }} following the death of "
            "{{ victim.pseudonym }}. As chair of the review panel I ask your agency to provide "
            "an Individual Management Review (IMR) by {{ imr.due_on|uk_date }}.",
            "The IMR covers {{ terms.period_from|uk_date }} to {{ terms.period_to|uk_date }} and "
            "should answer the terms of reference agreed on {{ terms.agreed_on|uk_date }}: "
            "{{ terms.lines_of_enquiry|join_list }}.",
            "Please appoint an IMR author who was not directly involved with the victim, the "
            "perpetrator or their families, and who is not the line manager of any staff whose "
            "work will be reviewed. As the commissioning senior manager you quality-assure the "
            "IMR and own the delivery of its recommendations.",
        ],
    ),
    "family_first_letter": (
        "A review following the death of your family member",
        ["{{ recipient.name }}"],
        [
            "I am very sorry for the loss of {{ victim.pseudonym }}. I am the independent chair "
            "of a {{ review.type_name }} which the {{ csp.name }} has set up to learn lessons "
            "from the death, so that other people may be better protected.",
            "The review is not about blame, and it is not a criminal investigation. Your views, "
            "and your memories of {{ victim.pseudonym }}, would help it greatly, and you can "
            "choose how and when to take part.",
            "You are entitled to free support from a specialist, expert advocate who can help "
            "you through the review; I enclose the Home Office leaflet for families and can put "
            "you in touch with an advocacy service if you wish.",
        ],
    ),
    "chair_expression_of_interest": (
        "Expression of interest: independent chair",
        ["{{ recipient.name }}"],
        [
            "The {{ csp.name }} is looking for an independent chair for a "
            "{{ review.type_name }} ({{ review.reference }}).",
            "The chair must not be employed by, or directly associated with, any agency taking "
            "part: {{ agencies|join_list }}. Please tell us of any connection with these "
            "agencies, your availability, and your training in chairing reviews.",
        ],
    ),
    "home_office_qa_submission": (
        "Submission of a review for quality assurance",
        ["Home Office", "{{ home_office.address }}"],
        [
            "The {{ csp.name }} submits the overview report, executive summary and action plan "
            "of review {{ review.reference }} (the death of {{ victim.pseudonym }} in "
            "{{ review.date_of_death|month_year }}) for consideration by the quality assurance "
            "panel.",
            "The CSP agreed the content of the report and executive summary for publication. "
            "The documents are anonymised; Individual Management Reviews are not enclosed.",
        ],
    ),
    "domestic_abuse_commissioner": (
        "Copy of a review report to the Domestic Abuse Commissioner",
        ["Domestic Abuse Commissioner"],
        [
            "Under section 9(3B) of the Domestic Violence, Crime and Victims Act 2004, the "
            "{{ csp.name }} sends a copy of the report of review {{ review.reference }} (the "
            "death of {{ victim.pseudonym }} in {{ review.date_of_death|month_year }}).",
        ],
    ),
}
