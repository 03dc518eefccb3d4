// Page object for the visitor widget on the demo site: the launcher, the panel and
// the thread, with the selectors the widget's `data-testid`s make.

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
