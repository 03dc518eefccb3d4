// Page objects for accounts: the admin's Team screen (invitations, members, disabling)
// and the page an invitation or reset link opens (choosing a password).

/** The admin's Team screen. */
export class TeamScreen {
  constructor(page) {
    this.page = page;
    this.inviteEmail = page.locator('[data-testid="invite-email"]');
    this.inviteName = page.locator('[data-testid="invite-name"]');
    this.inviteSend = page.locator('[data-testid="invite-send"]');
    /** A one-time link shown on screen: there must never be one (links go by email). */
    this.oneTimeLink = page.locator('[data-testid="one-time-link"]');
  }

  /** The "link sent" line that names `text` (the address). */
  linkSent(text) {
    return this.page.locator('[data-testid="link-sent"]').filter({ hasText: text });
  }

  /** The team list's entry that names `text` (an email, a name). */
  member(text) {
    return this.page.locator('[data-testid="team-member"]').filter({ hasText: text });
  }

  /** A member entry's disable and enable buttons, and its "disabled" mark. */
  disableOf(member) {
    return member.locator('[data-testid="disable-account"]');
  }

  enableOf(member) {
    return member.locator('[data-testid="enable-account"]');
  }

  disabledMarkOf(member) {
    return member.locator('[data-testid="member-disabled"]');
  }

  /** The screen's notice line once it says `text`. */
  notice(text) {
    return this.page.locator('[data-testid="team-notice"]').filter({ hasText: text });
  }
}

/** The page an invitation or password-reset link opens. */
export class ChoosePasswordPage {
  constructor(page) {
    this.page = page;
    this.password = page.locator('[data-testid="new-password"]');
    this.again = page.locator('[data-testid="new-password-again"]');
    this.submit = page.locator('[data-testid="accept-submit"]');
    this.error = page.locator('[data-testid="accept-error"]');
  }

  /** Types `password` twice and submits. */
  async choose(password) {
    await this.password.fill(password);
    await this.again.fill(password);
    await this.submit.click();
  }
}
