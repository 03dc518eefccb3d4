// Page object for the staff console: sign-in, the inbox, the open thread.

import { BASE } from '../env.mjs';

/** Page object for the staff console. */
export class Console {
  constructor(page) {
    this.page = page;
  }

  async signIn(email) {
    await this.page.goto(`${BASE}/console/`, { waitUntil: 'domcontentloaded' });
    await this.page.locator('[data-testid="login-email"]').fill(email);
    await this.page.locator('[data-testid="login-password"]').fill('demo-password');
    await this.page.locator('[data-testid="login-submit"]').click();
  }

  row(text) {
    return this.page.locator('[data-testid="inbox-row"]').filter({ hasText: text });
  }

  async reply(text) {
    await this.page.locator('[data-testid="reply-input"]').fill(text);
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

  /** The open thread's status line, once it says `status`. */
  threadStatus(status) {
    return this.page.locator('[data-testid="thread-status"]').filter({ hasText: status });
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
