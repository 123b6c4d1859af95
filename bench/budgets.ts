/** The Performance table of /spec/quality.md, in milliseconds and megabytes. */
export const BUDGETS = {
  screenRead: 20,
  dashboard: 50,
  annualReport: 100,
  minutesDocx: 300,
  openCheck: 500,
  dashboardUsable: 1500,
  rssMb: 200,
} as const;
