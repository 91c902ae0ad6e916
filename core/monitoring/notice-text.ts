import { formatDate, formatDateTime, formatDuration, isoInZone } from '../dates.ts';
/**
 * How a notice reads, in the company's time zone: the same words on the section page, in the RSS
 * and JSON feeds and in the news feed, so they can never disagree.
 */

/** The section «Перерывы в работе официального сайта». */
export const NOTICES_PATH = '/o-kompanii/pereryvy-v-rabote-sayta/';

/** The facts of a published outage notice that its text is made from. */
export interface NoticeFacts {
  id: number;
  startedAt: string;
  endedAt: string;
  publishedAt: string;
  durationSeconds: number;
  maintenance: boolean;
  cause: string;
}

export interface NoticeText {
  id: number;
  /** «Перерыв в работе сайта 23 ноября 2026 г.» */
  title: string;
  /** Anchor of the notice on the section page. */
  anchor: string;
  /** Path of the notice: the section page with its anchor. */
  path: string;
  cause: string;
  stopped: { text: string; iso: string };
  resumed: { text: string; iso: string };
  published: { text: string; iso: string };
  duration: string;
  maintenance: boolean;
  /** One paragraph for feeds and the news list. */
  summary: string;
}

export function noticeText(notice: NoticeFacts, timeZone: string): NoticeText {
  const at = (iso: string) => ({ text: formatDateTime(iso, timeZone), iso: isoInZone(iso, timeZone) });
  const stopped = at(notice.startedAt);
  const resumed = at(notice.endedAt);
  const day = formatDate(notice.startedAt, timeZone);
  const anchor = `pereryv-${String(notice.id)}`;
  const duration = formatDuration(notice.durationSeconds);
  const kind = notice.maintenance ? 'Плановые работы на сайте' : 'Перерыв в работе сайта';
  return {
    id: notice.id,
    title: `${kind} ${day}`,
    anchor,
    path: `${NOTICES_PATH}#${anchor}`,
    cause: notice.cause,
    stopped,
    resumed,
    published: at(notice.publishedAt),
    duration,
    maintenance: notice.maintenance,
    summary:
      `Доступ к официальному сайту был прекращён ${stopped.text} и возобновлён ${resumed.text} ` +
      `(продолжительность — ${duration}). Причина: ${notice.cause}`,
  };
}

/**
 * A notice as a news-feed entry, for merging into the site's news list and feeds
 * (see monitoring/README.md, «Notices in the news feed»).
 */
export interface NoticeNewsItem {
  id: string;
  title: string;
  /** Publication time, ISO 8601 with the company's offset. */
  date: string;
  path: string;
  summary: string;
}

export function noticeAsNewsItem(text: NoticeText): NoticeNewsItem {
  return {
    id: `site-outage-${String(text.id)}`,
    title: text.title,
    date: text.published.iso,
    path: text.path,
    summary: text.summary,
  };
}
