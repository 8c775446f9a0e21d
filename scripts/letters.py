"""The standard letters: who sends each (the role whose holder signs), what it says, what is
enclosed, and how a letter is laid out (letterhead, addressee, salutation, signature block)."""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.text import WD_ALIGN_PARAGRAPH

from scripts.docx_layout import Numbering

ADVOCACY = (
    "You are entitled to free, independent support from a specialist advocate. Advocacy "
    "After Fatal Domestic Abuse (AAFDA, www.aafda.org.uk) and the National Homicide Service "
    "(Victim Support, www.victimsupport.org.uk) support families through reviews like "
    "this one; I can refer you to either, or you can contact them yourself."
)


@dataclass(frozen=True)
class Letter:
    title: str
    sender_role: str  # chair | coordinator | police_sio | csp_chair (services/workflows/letters)
    paragraphs: tuple  # text, or ("numbered", loop, item), or ("if", condition, text)
    enclosures: tuple[str, ...] = ()
    family: bool = False  # written to a family member: no protective marking


LETTERS = {
    "police_notification": Letter(
        "Notification of a death that may require a review",
        "police_sio",
        (
            "I write to notify the {{ csp.name }} of the death of {{ victim.name }}, aged "
            "{{ victim.age }}, on {{ review.date_of_death|uk_date }}.",
            "The death appears to have resulted from violence, abuse or neglect by a person to "
            "whom {{ victim.name }} was related, with whom they were or had been in an intimate "
            "relationship, or with whom they lived ({{ review.relationship_text }}).",
            "I am the senior investigating officer. Please consider whether a "
            "{{ review.type_name }} should be held; the decision is due by "
            "{{ deadlines.decision|uk_date }}.",
        ),
    ),
    "scoping_request": Letter(
        "Request for information and to secure records",
        "coordinator",
        (
            "Following the death of {{ victim.name }} (born {{ victim.date_of_birth|uk_date }}) "
            "on {{ review.date_of_death|uk_date }}, the {{ csp.name }} is considering whether "
            "to hold a {{ review.type_name }}.",
            "Please secure all records your agency holds about {{ victim.name }} and the people "
            "close to them, and tell us by {{ reply_by|uk_date }} whether your agency had any "
            "contact with them, and when.",
            "Please do not share this letter outside those who need it to answer.",
        ),
    ),
    "home_office_decision": Letter(
        "Notification of the decision on a review",
        "csp_chair",
        (
            "As chair of the {{ csp.name }}, I decided on {{ decision.decided_on|uk_date }} "
            "{{ decision.outcome_text }} following the death of {{ victim.pseudonym }} in "
            "{{ review.date_of_death|month_year }}.",
            "The reasons for the decision: {{ decision.rationale }}",
            (
                "if",
                "decision.child_review_arrangement",
                "The victim was {{ victim.age }}; the arrangement agreed with the child "
                "safeguarding partnership is: {{ decision.child_review_arrangement }}.",
            ),
        ),
    ),
    "imr_commission": Letter(
        "Commissioning an Individual Management Review",
        "chair",
        (
            "The {{ csp.name }} is holding a {{ review.type_name }} following the death of "
            "{{ victim.pseudonym }}. As the independent chair of the review panel I ask your "
            "agency to provide an Individual Management Review (IMR) by "
            "{{ imr.due_on|uk_date }}.",
            "The IMR covers {{ terms.period_from|uk_date }} to {{ terms.period_to|uk_date }} and "
            "should answer the terms of reference agreed on {{ terms.agreed_on|uk_date }}. The "
            "lines of enquiry are:",
            ("numbered", "line in terms.lines_of_enquiry", "{{ line }}"),
            "Please appoint an IMR author who was not directly involved with the victim, the "
            "perpetrator or their families, and who is not the line manager of any staff whose "
            "work will be reviewed. As the commissioning senior manager you quality-assure the "
            "IMR and own the delivery of its recommendations.",
        ),
        (
            "The terms of reference",
            "The IMR template",
            "The chronology template",
            "The Home Office statutory guidance on reviews (IMR section)",
        ),
    ),
    "family_first_letter": Letter(
        "A review following the death of {{ victim.name }}",
        "chair",
        (
            "I am very sorry for the loss of {{ victim.name }}. I am the independent chair of a "
            "{{ review.type_name }} which the {{ csp.name }} has set up to learn lessons from "
            "{{ victim.name }}'s death, so that other people may be better protected.",
            "The review is not about blame, and it is not a criminal investigation. Your views, "
            "and your memories of {{ victim.name }}, would help it greatly, and you can "
            "choose how and when to take part. You can also tell us what name you would like "
            "the report to use for {{ victim.name }}.",
            ADVOCACY,
            "I enclose the Home Office leaflet \u201cDomestic Homicide Reviews: information for "
            "families\u201d, which explains what happens in a review.",
            "You can contact me on {{ contacts.chair.email }}"
            "{% if contacts.chair.phone %} or {{ contacts.chair.phone }}{% endif %}, or the "
            "review coordinator, {{ contacts.coordinator.name }}, on "
            "{{ contacts.coordinator.email }}"
            "{% if contacts.coordinator.phone %} or {{ contacts.coordinator.phone }}{% endif %}.",
        ),
        ("Domestic Homicide Reviews: information for families (Home Office leaflet)",),
        family=True,
    ),
    "chair_expression_of_interest": Letter(
        "Expression of interest: independent chair",
        "coordinator",
        (
            "The {{ csp.name }} is looking for an independent chair for a "
            "{{ review.type_name }} ({{ review.reference }}).",
            "The chair must not be employed by, or directly associated with, any agency taking "
            "part: {{ agencies|join_list }}. Please tell us of any connection with these "
            "agencies, your availability, and your training in chairing reviews.",
        ),
    ),
    "home_office_qa_submission": Letter(
        "Submission of a review for quality assurance",
        "csp_chair",
        (
            "The {{ csp.name }} submits the overview report, executive summary and action plan "
            "of review {{ review.reference }} (the death of {{ victim.pseudonym }} in "
            "{{ review.date_of_death|month_year }}) for consideration by the quality assurance "
            "panel.",
            "The CSP agreed the content of the report and executive summary for publication. "
            "The documents are anonymised; Individual Management Reviews are not enclosed.",
        ),
        ("The overview report", "The executive summary", "The action plan"),
    ),
    "domestic_abuse_commissioner": Letter(
        "Copy of a review report to the Domestic Abuse Commissioner",
        "csp_chair",
        (
            "Under section 9(3B) of the Domestic Violence, Crime and Victims Act 2004, the "
            "{{ csp.name }} sends a copy of the report of review {{ review.reference }} (the "
            "death of {{ victim.pseudonym }} in {{ review.date_of_death|month_year }}).",
        ),
        ("The overview report", "The executive summary"),
    ),
}


def letter(d, spec: Letter) -> None:
    """Letterhead, date, addressee, reference and salutation, the body, the signature block
    of the sender's role holder, and the enclosures."""
    head = d.add_paragraph()
    head.add_run("{{ sender.organisation }}").bold = True
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("{{ sender.email }}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("{{ today|uk_date }}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("{%p for line in recipient.lines %}")
    d.add_paragraph("{{ line }}").paragraph_format.space_after = 0
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph()
    d.add_paragraph("Our reference: {{ review.reference }}")
    d.add_paragraph("Dear {{ recipient.salutation }},")
    d.add_paragraph().add_run(spec.title).bold = True
    numbering = Numbering(d)
    for item in spec.paragraphs:
        if isinstance(item, str):
            d.add_paragraph(item)
        elif item[0] == "numbered":
            num_id = numbering.restart()
            d.add_paragraph(f"{{%p for {item[1]} %}}")
            numbering.paragraph(d, item[2], num_id)
            d.add_paragraph("{%p endfor %}")
        else:
            d.add_paragraph(f"{{%p if {item[1]} %}}")
            d.add_paragraph(item[2])
            d.add_paragraph("{%p endif %}")
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph()
    d.add_paragraph("{{ sender.name }}").runs[0].bold = True
    d.add_paragraph("{{ sender.role_title }}")
    d.add_paragraph("{{ sender.organisation }}")
    if spec.enclosures:
        d.add_paragraph().add_run("Enclosures").bold = True
        for enclosure in spec.enclosures:
            d.add_paragraph(enclosure, style="List Bullet")
