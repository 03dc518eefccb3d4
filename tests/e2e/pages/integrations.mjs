// Page object for the admin's Integrations screen: API keys (made, shown once, revoked
// after asking) and event subscriptions with their delivery log.

/** The Integrations screen of a signed-in admin's console. */
export class IntegrationsScreen {
  constructor(page) {
    this.page = page;
    this.screen = page.locator('[data-testid="integrations"]');
    // API keys.
    this.keyName = page.locator('[data-testid="api-key-name"]');
    this.keySecret = page.locator('[data-testid="api-key-secret-value"]');
    this.keySecretDone = page.locator('[data-testid="api-key-secret-done"]');
    // Event subscriptions.
    this.subscriptionUrl = page.locator('[data-testid="subscription-url"]');
    this.includeText = page.locator('[data-testid="subscription-include-text"]');
    this.createSubscription = page.locator('[data-testid="subscription-create"]');
    this.subscriptionSecret = page.locator('[data-testid="subscription-secret-value"]');
    this.subscriptionSecretDone = page.locator('[data-testid="subscription-secret-done"]');
  }

  /** The checkbox of API scope `scope` (e.g. `conversations:read`). */
  keyScope(scope) {
    return this.page.locator(`[data-testid="api-key-scope-${scope}"]`);
  }

  /** The "copied" line under the shown secret. */
  keyCopied() {
    return this.page.locator('[data-testid="api-key-secret-copied"]');
  }

  /** The API key rows that name `name`; with `revoked`, only rows in that state. */
  keyRow(name, revoked) {
    const rows = revoked === undefined
      ? this.page.locator('[data-testid="api-key-row"]')
      : this.page.locator(`[data-testid="api-key-row"][data-revoked="${revoked}"]`);
    return rows.filter({ hasText: name });
  }

  /** A key row's Revoke button and the question it asks first. */
  revokeOf(row) {
    return row.locator('[data-testid="api-key-revoke"]');
  }

  confirmOf(row) {
    return row.locator('[data-testid="api-key-confirm"]');
  }

  /** The API keys' notice line. */
  keysNotice() {
    return this.page.locator('[data-testid="api-keys-notice"]');
  }

  /** The checkbox of event `event` (e.g. `message.created`) in the subscription form. */
  subscriptionEvent(event) {
    return this.page.locator(`[data-testid="subscription-event-${event}"]`);
  }

  /** The subscription rows that name `text` (their URL). */
  subscriptionRow(text) {
    return this.page.locator('[data-testid="subscription-row"]').filter({ hasText: text });
  }

  /** A subscription row's delivery-log toggle, refresh button and notice line. */
  logToggleOf(row) {
    return row.locator('[data-testid="subscription-log-toggle"]');
  }

  logRefreshOf(row) {
    return row.locator('[data-testid="delivery-log-refresh"]');
  }

  logNoticeOf(row) {
    return row.locator('[data-testid="delivery-log-notice"]');
  }

  /** The delivery log's row of delivery `id` (the webhook-id) in a subscription row. */
  deliveryOf(row, id) {
    return row.locator(`[data-testid="delivery-row"][data-delivery-id="${id}"]`);
  }

  /** A delivery row's attempt count, last status and Redeliver button. */
  attemptsOf(delivery) {
    return delivery.locator('[data-testid="delivery-attempts"]');
  }

  statusOf(delivery) {
    return delivery.locator('[data-testid="delivery-status"]');
  }

  redeliverOf(delivery) {
    return delivery.locator('[data-testid="delivery-redeliver"]');
  }

  /** The test id of the focused control, or null: where the keyboard is. */
  focusedControl() {
    return this.page.evaluate(() => document.activeElement?.dataset?.testid ?? null);
  }
}
