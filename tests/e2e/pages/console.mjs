// Page object for the staff console: sign-in, the inbox, the open thread.

import { BASE } from '../env.mjs';

/** Selectors for code that runs inside the page (`page.evaluate`, `evaluateAll`), where
 * locators don't reach. */
export const CONSOLE_SELECTORS = {
  channelTag: '[data-testid="inbox-channel"]',
  staffMessage: '[data-testid="thread-message"][data-author="staff"]',
  delivery: '[data-testid="message-delivery"]',
};

/** Page object for the staff console. */
export class Console {
  constructor(page) {
    this.page = page;
  }

  async signIn(email) {
    await this.page.goto(`${BASE}/console/`, { waitUntil: 'domcontentloaded' });
    await this.fillSignIn(email);
  }

  /** Signs in on the sign-in form the page shows now (a deep link opens it before the
   * thread); a dev account's password unless `password` says otherwise. */
  async fillSignIn(email, password = 'demo-password') {
    await this.page.locator('[data-testid="login-email"]').fill(email);
    await this.page.locator('[data-testid="login-password"]').fill(password);
    await this.page.locator('[data-testid="login-submit"]').click();
  }

  row(text) {
    return this.page.locator('[data-testid="inbox-row"]').filter({ hasText: text });
  }

  /** The inbox row of conversation `id`. */
  rowOf(id) {
    return this.page.locator(`[data-testid="inbox-row"][data-conversation-id="${id}"]`);
  }

  /** The first inbox row, or the empty inbox's note: whichever shows once it loaded. */
  inboxLoaded() {
    return this.page.locator('[data-testid="inbox-row"], [data-testid="inbox-empty"]').first();
  }

  /** The open thread's messages; with `author` (`visitor`, `staff`, `bot`), only theirs. */
  threadMessages(author) {
    return this.page.locator(author ? `[data-testid="thread-message"][data-author="${author}"]` : '[data-testid="thread-message"]');
  }

  /** The visitor's messages in the open thread that contain `text`. */
  visitorMessage(text) {
    return this.threadMessages('visitor').filter({ hasText: text });
  }

  /** The details panel's summary of who the visitor is. */
  visitorSummary() {
    return this.page.locator('[data-testid="visitor-summary"]');
  }

  /** The reply box, and the line under it that counts the draft for its channel. */
  replyInput() {
    return this.page.locator('[data-testid="reply-input"]');
  }

  replyChannelHint() {
    return this.page.locator('[data-testid="reply-channel-hint"]');
  }

  /** The staff messages in the open thread that contain `text`. */
  staffMessage(text) {
    return this.threadMessages('staff').filter({ hasText: text });
  }

  /** The delivery mark of one staff message (a locator from `staffMessage`); `state`
   * narrows it: `{ status: 'failed' }`, `{ attempt: 2 }`. */
  deliveryOf(message, state = {}) {
    const attributes = Object.entries(state).map(([name, value]) => `[data-${name}="${value}"]`).join('');
    return message.locator(`[data-testid="message-delivery"]${attributes}`);
  }

  /** Why a message's delivery failed, as the console says it. */
  deliveryReasonOf(message) {
    return message.locator('[data-testid="delivery-reason"]');
  }

  /** The Resend button of a message whose delivery failed. */
  resendButtonOf(message) {
    return message.locator('[data-testid="resend-button"]');
  }

  /** The reply box's send button. */
  replySendButton() {
    return this.page.locator('[data-testid="reply-send"]');
  }

  /** The WhatsApp template picker that replaces free text once the reply window closed:
   * the picker, its preview of the filled text, its send button. */
  templatePicker() {
    return this.page.locator('[data-testid="wa-template-picker"]');
  }

  templatePreview() {
    return this.page.locator('[data-testid="wa-template-preview"]');
  }

  templateSendButton() {
    return this.page.locator('[data-testid="wa-template-send"]');
  }

  /** Every inbox row shown, in order. */
  inboxRows() {
    return this.page.locator('[data-testid="inbox-row"]');
  }

  /** The channel tag of an inbox row (a locator from `row`); absent on web rows. */
  channelTagOf(row) {
    return row.locator('[data-testid="inbox-channel"]');
  }

  /** The channels of the inbox rows shown, in order (`web` for a row without a tag). */
  async rowChannels() {
    return this.inboxRows().evaluateAll(
      (rows, tag) => rows.map((row) => row.querySelector(tag)?.dataset.channel ?? 'web'),
      CONSOLE_SELECTORS.channelTag,
    );
  }

  /** The inbox's channel filter, the count above the list, the list itself and the
   * button at its end that loads the next page. */
  channelFilter() {
    return this.page.locator('[data-testid="filter-channel"]');
  }

  inboxCount() {
    return this.page.locator('[data-testid="inbox-count"]');
  }

  inboxList() {
    return this.page.locator('[data-testid="inbox-list"]');
  }

  inboxMore() {
    return this.page.locator('[data-testid="inbox-more"]');
  }

  /** The open thread's channel, in its header. */
  threadChannel() {
    return this.page.locator('[data-testid="thread-channel"]');
  }

  /** The console's language picker, the sign-in button and the "mine" view's tab. */
  languagePicker() {
    return this.page.locator('[data-testid="language-picker"]');
  }

  signInButton() {
    return this.page.locator('[data-testid="login-submit"]');
  }

  mineView() {
    return this.page.locator('[data-testid="view-mine"]');
  }

  /** The sign-in form's email field (shown before anything else loads). */
  signInEmail() {
    return this.page.locator('[data-testid="login-email"]');
  }

  /** Why the sign-in form refused. */
  signInError() {
    return this.page.locator('[data-testid="login-error"]');
  }

  /** The signed-in person's name in the header. */
  staffName() {
    return this.page.locator('[data-testid="staff-name"]');
  }

  /** The header button that opens `screen` (`reports`, `templates`, `team`,
   * `integrations`) and, pressed again, goes back to the inbox. */
  navButton(screen) {
    return this.page.locator(`[data-testid="nav-${screen}"]`);
  }

  /** What shows once `screen` has loaded (its first item, or its error). */
  screenReady(screen) {
    const ready = {
      reports: '[data-testid="report-volume"], [data-testid="reports-error"]:not(:empty)',
      templates: '[data-testid="template-list"]',
      team: '[data-testid="team-member"]',
      integrations: '[data-testid="api-key-list"]',
    }[screen];
    if (!ready) throw new Error(`no such console screen: ${screen}`);
    return this.page.locator(ready).first();
  }

  /** The inbox's list, or the empty inbox's note: whichever shows. */
  inboxShown() {
    return this.page.locator('[data-testid="inbox-list"], [data-testid="inbox-empty"]').first();
  }

  /** The triage correction form of the open thread: the button that opens it, its
   * reason, save and cancel, the error it shows, and the status line after a save. */
  triageCorrectButton() {
    return this.page.locator('[data-testid="triage-correct"]');
  }

  triageReason() {
    return this.page.locator('[data-testid="triage-reason"]');
  }

  triageSave() {
    return this.page.locator('[data-testid="triage-save"]');
  }

  triageCancel() {
    return this.page.locator('[data-testid="triage-cancel"]');
  }

  triageError() {
    return this.page.locator('[data-testid="triage-correction-error"]');
  }

  triageStatus() {
    return this.page.locator('[data-testid="triage-correction-status"]');
  }

  /** The urgency badge of an inbox row (a locator from `row` or `rowOf`). */
  urgencyBadgeOf(row) {
    return row.locator('[data-testid="urgency-badge"]');
  }

  /** The details panel beside the thread. */
  details() {
    return this.page.locator('[data-testid="details"]');
  }

  /** The details panel's identity fields; with `mark`, only those whose verification
   * mark says it (e.g. `verified (SMS)`). */
  identityField(mark) {
    const fields = this.page.locator('[data-testid="identity-field"]');
    if (mark === undefined) return fields;
    return fields.filter({ has: this.page.locator('[data-testid="identity-mark"]').filter({ hasText: mark }) });
  }

  /** The open thread itself (it carries its conversation's id), and the line that says
   * why it was routed where it is. */
  thread() {
    return this.page.locator('[data-testid="thread"][data-conversation-id]');
  }

  threadReason() {
    return this.page.locator('[data-testid="thread-reason"]');
  }

  /** The button that sends the visitor a satisfaction survey. */
  surveyButton() {
    return this.page.locator('[data-testid="survey-button"]');
  }

  /** The "Seen" mark on the staff messages the visitor has read. */
  seenMarks() {
    return this.page.locator('[data-testid="thread-message"][data-author="staff"] [data-testid="message-seen"]');
  }

  /** The line that says the visitor is typing. */
  visitorTyping() {
    return this.page.locator('[data-testid="visitor-typing"]');
  }

  /** The photos in the open thread, and their thumbnails' images. */
  threadPhoto() {
    return this.page.locator('[data-testid="thread-photo"]');
  }

  threadPhotoImage() {
    return this.page.locator('[data-testid="thread-photo"] img');
  }

  /** Resolves once the first photo's thumbnail has been drawn. */
  async threadPhotoDrawn(options = {}) {
    await this.page.waitForFunction(
      () => document.querySelector('[data-testid="thread-photo"] img')?.naturalWidth > 0, null, options);
  }

  /** The documents attached to staff messages in the open thread. */
  staffDocuments() {
    return this.page.locator('[data-testid="thread-message"][data-author="staff"] [data-testid="thread-document"]');
  }

  /** The reply box's file input, the files staged on it, and its refusal line. */
  replyAttach() {
    return this.page.locator('[data-testid="reply-attach"]');
  }

  replyFile() {
    return this.page.locator('[data-testid="reply-file"]');
  }

  replyAttachError() {
    return this.page.locator('[data-testid="reply-attach-error"]');
  }

  /** The inbox's search field, the empty inbox's note, and a row's label chips. */
  inboxSearch() {
    return this.page.locator('[data-testid="inbox-search"]');
  }

  inboxEmpty() {
    return this.page.locator('[data-testid="inbox-empty"]');
  }

  labelOf(row) {
    return row.locator('[data-testid="inbox-label"]');
  }

  /** The inbox row the keyboard is on (`aria-current`). */
  currentRow() {
    return this.page.locator('[data-testid="inbox-row"][aria-current="true"]');
  }

  /** The inbox's views: `all`, `mine`, `unassigned`. */
  viewTab(view) {
    return this.page.locator(`[data-testid="view-${view}"]`);
  }

  /** The open thread of conversation `id`. */
  threadOf(id) {
    return this.page.locator(`[data-testid="thread"][data-conversation-id="${id}"]`);
  }

  /** The keyboard help dialog that `?` opens. */
  keyHelp() {
    return this.page.locator('[data-testid="key-help"]');
  }

  /** The test id of the focused element (its tag name when it has none): which of the
   * console's controls has the focus. */
  focusedControl() {
    return this.page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName);
  }

  /** Resolves once the control with test id `name` has the focus. */
  async controlFocused(name) {
    await this.page.waitForFunction((wanted) => document.activeElement?.dataset.testid === wanted, name);
  }

  /** What the open thread shows without scrolling the page: how many message bubbles lie
   * wholly inside both the viewport and the message list's visible box, whether the reply
   * box and its Send button are wholly in the viewport, and whether the page itself scrolls. */
  measureThread() {
    return this.page.evaluate(() => {
      const inside = (rect, box) => rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5
        && rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5;
      const viewport = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
      const list = document.querySelector('[data-testid="thread"] .messages').getBoundingClientRect();
      const bubbles = [...document.querySelectorAll('[data-testid="thread-message"]')]
        .map((bubble) => bubble.getBoundingClientRect())
        .filter((rect) => inside(rect, viewport) && inside(rect, list)).length;
      const onScreen = (testid) => inside(
        document.querySelector(`[data-testid="${testid}"]`).getBoundingClientRect(), viewport);
      const root = document.scrollingElement;
      return {
        bubbles,
        reply: onScreen('reply-input') && onScreen('reply-send'),
        pageScrolls: root.scrollHeight > window.innerHeight || window.scrollY !== 0,
      };
    });
  }

  /** Resolves once the open thread's list has scrolled to its newest message. */
  async threadScrolledToEnd() {
    await this.page.waitForFunction(() => {
      const list = document.querySelector('[data-testid="thread"] .messages');
      return list && list.scrollTop + list.clientHeight >= list.scrollHeight - 1;
    });
  }

  /** The open thread, whichever it is; its main column; its back button (phones). */
  anyThread() {
    return this.page.locator('[data-testid="thread"]');
  }

  threadMain() {
    return this.page.locator('[data-testid="thread"] .thread-main');
  }

  threadBack() {
    return this.page.locator('[data-testid="thread-back"]');
  }

  /** The button that shows and hides the details panel. */
  detailsToggle() {
    return this.page.locator('[data-testid="details-toggle"]');
  }

  /** Resolves once the reply box has the focus with the caret at the end of its text. */
  async replyCaretAtEnd() {
    await this.page.waitForFunction(() => {
      const box = document.querySelector('[data-testid="reply-input"]');
      return document.activeElement === box && box.selectionStart === box.value.length;
    });
  }

  /** The button that turns new-message alerts on and off. */
  alertsToggle() {
    return this.page.locator('[data-testid="alerts-toggle"]');
  }

  async reply(text) {
    await this.replyInput().fill(text);
    await this.page.locator('[data-testid="reply-send"]').click();
  }

  /** The connection badge; with `status` (`live`, `reconnecting`), only in that state. */
  liveStatus(status) {
    return this.page.locator(status ? `[data-testid="live-status"][data-status="${status}"]` : '[data-testid="live-status"]');
  }

  /** The open thread's messages that contain `text`. */
  threadMessage(text) {
    return this.page.locator('[data-testid="thread-message"]').filter({ hasText: text });
  }

  /** The claim button; with `ownership` (`mine`, `colleague`, `unassigned`), only then. */
  claimButton(ownership) {
    return this.page.locator(ownership ? `[data-testid="claim-button"][data-ownership="${ownership}"]` : '[data-testid="claim-button"]');
  }

  /** Why a claim was refused, once the console says anything. */
  claimError() {
    return this.page.locator('[data-testid="claim-error"]').filter({ hasText: /\S/ });
  }

  /** The button that resolves (or reopens) the open thread. */
  statusButton() {
    return this.page.locator('[data-testid="status-button"]');
  }

  /** The open thread's status line; with `status`, once it says that. */
  threadStatus(status) {
    const line = this.page.locator('[data-testid="thread-status"]');
    return status === undefined ? line : line.filter({ hasText: status });
  }

  /** Corrects the open thread's triage with the keyboard only: Enter opens the form, the
   * selects and the reason are filled by focus and typing, Enter submits. */
  async correctTriage({ urgency, department, reason }) {
    const page = this.page;
    await page.locator('[data-testid="triage-correct"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="triage-urgency"]').selectOption(urgency);
    await page.locator('[data-testid="triage-department"]').selectOption(department);
    await page.locator('[data-testid="triage-reason"]').focus();
    await page.keyboard.type(reason);
    await page.keyboard.press('Enter');
  }
}
