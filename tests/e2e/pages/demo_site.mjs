// Page object for the demo clinic's single-page app (`demo-site/spa.html`), the host page
// the widget must survive re-renders of.

/** The demo SPA's own page, around the widget. */
export class DemoSpa {
  constructor(page) {
    this.page = page;
  }

  /** The view's title once it says `text`. */
  title(text) {
    return this.page.locator('[data-testid="spa-title"]', { hasText: text });
  }
}
