// Page object for the console's reports screen: the per-team table, the SLA line, the
// charts and the CSV link.

/** The reports screen of a signed-in admin's console. */
export class ReportsScreen {
  constructor(page) {
    this.page = page;
  }

  /** The table row of team `department` (`clinical`, `billing`, …). */
  row(department) {
    return this.page.locator(`[data-testid="report-row"][data-department="${department}"]`);
  }

  /** The median first reply of a row from `row`. */
  medianOf(row) {
    return row.locator('[data-testid="report-median"]');
  }

  sla() {
    return this.page.locator('[data-testid="report-sla"]');
  }

  /** The bars of the chart by hour of day (`hours`) or by weekday (`weekdays`). */
  chartBars(chart) {
    return this.page.locator(`[data-testid="chart-${chart}"] rect`);
  }

  csvLink() {
    return this.page.locator('[data-testid="reports-csv"]');
  }
}
