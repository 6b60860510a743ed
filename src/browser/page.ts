/**
 * The little every page does with JavaScript, all optional: "/" jumps to the search box, and copy
 * buttons (hidden without JavaScript) copy their text.
 */

/** Whether a key press goes into a text field (a checkbox or a button takes no text). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) {
    return !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  }
  return target.closest("textarea, select, [contenteditable]") !== null;
}

document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
    return;
  const box = document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const source = document.getElementById(button.dataset["copy"] ?? "");
  if (!source || !navigator.clipboard) continue;
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source.textContent ?? "");
      button.textContent = "Copied";
    } catch {
      button.textContent = "Select the text to copy it";
    }
    setTimeout(() => {
      button.textContent = label;
    }, 2000);
  });
}
