// Page object for the console's "new conversation" dialog (staff writing to a patient
// first, by SMS or WhatsApp).

/** The start-a-conversation dialog of a signed-in console. */
export class StartDialog {
  constructor(page) {
    this.page = page;
    /** The header button that opens the dialog. */
    this.openButton = page.locator('[data-testid="new-conversation"]');
    this.dialog = page.locator('[data-testid="start-dialog"]');
    this.channel = page.locator('[data-testid="start-channel"]');
    this.number = page.locator('[data-testid="start-number"]');
    this.text = page.locator('[data-testid="start-text"]');
    this.send = page.locator('[data-testid="start-send"]');
    this.error = page.locator('[data-testid="start-error"]');
  }

  /** The channel picker's option for `channel` (`sms`, `whatsapp`). */
  channelOption(channel) {
    return this.page.locator(`[data-testid="start-channel"] option[value="${channel}"]`);
  }

  /** Whether the focus is on the button that opens the dialog. */
  async openButtonHasFocus() {
    return this.openButton.evaluate((button) => document.activeElement === button);
  }
}
