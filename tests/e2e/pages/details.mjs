// Page object for the details panel beside a console thread: who the visitor is (and how
// that is known), the labels and the internal notes.

/** The details panel of the open thread. */
export class DetailsPanel {
  constructor(page) {
    this.page = page;
  }

  /** The summary line of who the visitor is. */
  summary() {
    return this.page.locator('[data-testid="visitor-summary"]');
  }

  /** The identity fields that show `text`. */
  identityField(text) {
    return this.page.locator('[data-testid="identity-field"]').filter({ hasText: text });
  }

  /** How a field (a locator from `identityField`) is known: stated, verified (…). */
  markOf(field) {
    return field.locator('[data-testid="identity-mark"]');
  }

  /** The identity editor: open it, tick "verified with the patient", save. */
  editButton() {
    return this.page.locator('[data-testid="visitor-edit"]');
  }

  verifiedCheckbox() {
    return this.page.locator('[data-testid="visitor-verified-input"]');
  }

  saveButton() {
    return this.page.locator('[data-testid="visitor-save"]');
  }

  /** The label field, its add button, and the labels shown. */
  labelInput() {
    return this.page.locator('[data-testid="labels-input"]');
  }

  addLabelButton() {
    return this.page.locator('[data-testid="labels-add"]');
  }

  labelChip(text) {
    return this.page.locator('[data-testid="label-chip"]').filter({ hasText: text });
  }

  /** The note field, its add button, and the notes that contain `text`. */
  noteInput() {
    return this.page.locator('[data-testid="note-input"]');
  }

  addNoteButton() {
    return this.page.locator('[data-testid="note-add"]');
  }

  note(text) {
    return this.page.locator('[data-testid="note"]').filter({ hasText: text });
  }
}
