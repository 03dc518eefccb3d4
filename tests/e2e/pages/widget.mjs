// Page object for the visitor widget on the demo site: the launcher, the panel and
// the thread, with the selectors the widget's `data-testid`s make.

/** Selectors for code that runs inside the page (`page.evaluate`), where no locator reaches
 * into the widget's shadow root. */
export const WIDGET_SELECTORS = {
  send: '[data-testid="fd-send"]',
};

/** Page object for the visitor widget on the demo site. */
export class Widget {
  constructor(page) {
    this.page = page;
    this.launcher = page.locator('[data-testid="fd-launcher"]');
    this.panel = page.locator('[data-testid="fd-panel"]');
    this.input = page.locator('[data-testid="fd-input"]');
    this.send = page.locator('[data-testid="fd-send"]');
  }

  messages(author) {
    return this.page.locator(`[data-testid="fd-message"][data-author="${author}"]`);
  }

  /** The texts of `author`'s messages, in order. */
  messageTexts(author) {
    return this.messages(author).locator('[data-testid="fd-message-text"]');
  }

  /** The line under the header that says how soon the clinic replies. */
  status() {
    return this.page.locator('[data-testid="fd-status"]');
  }

  /** The panel's error line; with `text`, only once it says that. */
  error(text) {
    return this.page.locator('[data-testid="fd-error"]', text === undefined ? {} : { hasText: text });
  }

  /** The retry button of one failed message (a locator from `messages`). */
  retryOf(message) {
    return message.locator('[data-testid="fd-retry"]');
  }

  /** The "forget this conversation" button. */
  forgetButton() {
    return this.page.locator('[data-testid="fd-forget"]');
  }

  /** Every message text element in the panel, whoever wrote it. */
  allMessageTexts() {
    return this.page.locator('[data-testid="fd-message-text"]');
  }

  /** The read line under the visitor's messages ("· Read"). */
  visitorMessageMeta() {
    return this.page.locator('[data-testid="fd-message"][data-author="visitor"] [data-testid="fd-meta"]');
  }

  /** The line that says a staff member is typing. */
  typing() {
    return this.page.locator('[data-testid="fd-typing"]');
  }

  /** Resolves once the typing line is empty again. */
  async typingEnded() {
    await this.page.waitForFunction(
      () => !document.querySelector('frontdesk-widget').shadowRoot.querySelector('[data-testid="fd-typing"]').textContent,
    );
  }

  /** Every message not the visitor's (staff, bot, system). */
  repliesToVisitor() {
    return this.page.locator('[data-testid="fd-message"]:not([data-author="visitor"])');
  }

  /** The panel's close button. */
  closeButton() {
    return this.page.locator('[data-testid="fd-close"]');
  }

  /** The launcher with `count` unread messages on it (`0`: with none). */
  launcherWithUnread(count) {
    return this.page.locator(count ? `[data-testid="fd-launcher"][data-unread="${count}"]` : '[data-testid="fd-launcher"]:not([data-unread])');
  }

  /** The hidden file input behind the paper-clip button. */
  attachInput() {
    return this.page.locator('[data-testid="fd-attach"]');
  }

  /** The visitor's messages that carry an attachment. */
  visitorMessagesWithAttachment() {
    return this.messages('visitor').filter({ has: this.page.locator('[data-testid="fd-attachment"]') });
  }

  /** The attachments of a message (a locator from `messages`); with `type`, only that
   * content type's. */
  attachmentOf(message, type) {
    return message.locator(type ? `[data-testid="fd-attachment"][data-type="${type}"]` : '[data-testid="fd-attachment"]');
  }

  /** A message's text, and the button that drops it from the outbox. */
  textOf(message) {
    return message.locator('[data-testid="fd-message-text"]');
  }

  cancelOf(message) {
    return message.locator('[data-testid="fd-cancel"]');
  }

  /** The thread's live region. */
  messagesRegion() {
    return this.page.locator('[data-testid="fd-messages"]');
  }

  /** The test id of the element that has focus (inside the widget's shadow root when
   * focus is there), else the focused element's tag name. */
  focusedTestId() {
    return this.page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return (inner ?? host)?.getAttribute('data-testid') ?? host?.tagName;
    });
  }

  /** Resolves once the widget's text input has focus. */
  async inputFocused() {
    await this.page.waitForFunction(() => document.querySelector('frontdesk-widget')
      .shadowRoot.activeElement?.getAttribute('data-testid') === 'fd-input');
  }

  /** The verification form, its title, and the status line under its code field. */
  verifyForm() {
    return this.page.locator('[data-testid="fd-verify"]');
  }

  verifyTitle() {
    return this.page.locator('[data-testid="fd-verify"] h3');
  }

  verifyStatus() {
    return this.page.locator('[data-testid="fd-verify-status"]');
  }

  /** The satisfaction survey staff sent: the form, its parts, and the thanks after it. */
  survey() {
    return this.page.locator('[data-testid="fd-survey"]');
  }

  surveyRating(stars) {
    return this.page.locator(`[data-testid="fd-survey-rating-${stars}"]`);
  }

  /** The "yes, I had problems" choice. */
  surveyProblemsYes() {
    return this.page.locator('[data-testid="fd-survey-problems-yes"]');
  }

  surveyComment() {
    return this.page.locator('[data-testid="fd-survey-comment"]');
  }

  surveySubmit() {
    return this.page.locator('[data-testid="fd-survey-submit"]');
  }

  surveyDone() {
    return this.page.locator('[data-testid="fd-survey-done"]');
  }

  /** The verification form: its phone field, its "send the code" button, its error. */
  verifyPhoneInput() {
    return this.page.locator('[data-testid="fd-verify"] input[type="tel"]');
  }

  verifyAskButton() {
    return this.page.locator('[data-testid="fd-verify-ask"] button[type="submit"]');
  }

  verifyError() {
    return this.page.locator('[data-testid="fd-verify-error"]');
  }

  /** The button that opens identity verification, and the line that confirms it. */
  verifyButton() {
    return this.page.locator('[data-testid="fd-verify-open"]');
  }

  verifiedLine() {
    return this.page.locator('[data-testid="fd-verify-done"]');
  }

  async open() {
    await this.launcher.click();
    await this.panel.waitFor({ state: 'visible' });
  }

  async say(text) {
    await this.input.fill(text);
    await this.send.click();
    await this.messages('visitor').filter({ hasText: text }).first().waitFor();
  }
}
