const TIME = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
const SHORT_DAY = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** The local calendar day of a time, as a key that sorts and compares. */
export function dayKey(time: string | number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/** "2:14 PM": when a message was sent. */
export function timeOfDay(time: string): string {
  return TIME.format(new Date(time));
}

/** The day separator of a thread: "Today", "Yesterday", or the date. */
export function dayLabel(time: string, now: number): string {
  const key = dayKey(time);
  if (key === dayKey(now)) {
    return 'Today';
  }
  const yesterday = new Date(now);
  yesterday.setDate(yesterday.getDate() - 1);
  return key === dayKey(yesterday.getTime()) ? 'Yesterday' : DAY.format(new Date(time));
}

/** The conversation list's time of last activity: the time today, the date before. */
export function listTime(time: string, now: number): string {
  return dayKey(time) === dayKey(now) ? timeOfDay(time) : SHORT_DAY.format(new Date(time));
}
