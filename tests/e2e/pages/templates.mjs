// Page objects for saved replies: the picker in the reply box (`/` or the Templates button)
// and the admin's Templates screen.

/** The template picker of the open thread's reply box. */
export class TemplatePicker {
  constructor(page) {
    this.page = page;
    this.picker = page.locator('[data-testid="template-picker"]');
    /** The reply box's Templates button, and the picker's search field it shows. */
    this.openButton = page.locator('[data-testid="templates-button"]');
    this.search = page.locator('[data-testid="template-search"]');
  }

  /** The picker's option for the template with `shortcut`. */
  option(shortcut) {
    return this.page.locator(`[data-testid="template-option"][data-shortcut="${shortcut}"]`);
  }

  /** The same option, looked for inside the open picker only. */
  optionInPicker(shortcut) {
    return this.picker.locator(`[data-testid="template-option"][data-shortcut="${shortcut}"]`);
  }
}

/** The admin's Templates screen. */
export class TemplatesScreen {
  constructor(page) {
    this.page = page;
    this.screen = page.locator('[data-testid="templates-screen"]');
    this.shortcut = page.locator('[data-testid="template-shortcut"]');
    this.title = page.locator('[data-testid="template-title"]');
    this.body = page.locator('[data-testid="template-body"]');
    this.save = page.locator('[data-testid="template-save"]');
    this.formError = page.locator('[data-testid="template-form-error"]');
  }

  /** The list row of the template with `shortcut`. */
  row(shortcut) {
    return this.screen.locator(`[data-testid="template-row"][data-shortcut="${shortcut}"]`);
  }

  /** The delete button of a row from `row`. */
  deleteButtonOf(row) {
    return row.locator('[data-testid="template-delete"]');
  }
}
