"""Driving a pane with the keyboard alone: Tab to a control named as a screen reader would name
it, press keys, choose in a Fluent dropdown with the arrow keys."""

from __future__ import annotations

# The name of the focused control: aria-label, its labelling element, or its text.
FOCUSED = """() => {
  const a = document.activeElement;
  if (!a || a === document.body) return "";
  const by = (a.getAttribute("aria-labelledby") || "").split(" ")[0];
  if (a.getAttribute("aria-label")) return a.getAttribute("aria-label");
  if (by && document.getElementById(by)) return document.getElementById(by).textContent.trim();
  if (a.labels && a.labels.length) return a.labels[0].textContent.trim();
  return a.textContent.trim();
}"""


def tab_to(page, name: str, limit: int = 60) -> None:
    """Presses Tab until the focused control's name starts with `name`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED).startswith(name):
            return
    raise AssertionError(f"Tab never reached {name!r}")


def choose_by_keyboard(page, label: str, option: str) -> None:
    """Tab to the dropdown, open it with Alt+ArrowDown's plainer cousin (ArrowDown), move with
    ArrowDown to the option and take it with Enter."""
    tab_to(page, label)
    for _ in range(30):
        page.keyboard.press("ArrowDown")
        active = page.evaluate(
            """() => { const id = document.activeElement.getAttribute('aria-activedescendant');
            return id ? document.getElementById(id).textContent.trim() : ''; }"""
        )
        if active.startswith(option):
            page.keyboard.press("Enter")
            idle(page)
            return
    raise AssertionError(f"{option!r} is not in {label}")


def idle(page) -> None:
    """Waits until the pane is no longer busy (a press while busy is turned away)."""
    page.wait_for_function("() => !document.querySelector('main').hasAttribute('aria-busy')")
