/**
 * Data types of the server's services as on-demand pages receive them, derived from `App.Locals`
 * so that the site never imports the server (README «Architecture»).
 */
type Appeals = NonNullable<App.Locals['appeals']>;

/** One appeal as the console shows it: submission, form, deadlines, history and files. */
export type AppealView = NonNullable<Awaited<ReturnType<Appeals['find']>>>;
