// The study day: "today" follows the user's local calendar with a rollover hour (4:00, as in
// Anki), so a session after midnight still counts towards the evening's day. Local time comes
// from the Date object's own zone rules; `now` is always a parameter.

/** Start of the study day that contains `now`. */
export function dayStart(now: Date, rolloverHour = 4): Date {
	const start = new Date(now.getFullYear(), now.getMonth(), now.getDate(), rolloverHour);
	if (start.getTime() > now.getTime()) {
		// Before the rollover: still yesterday's study day. Build from the calendar date, not
		// by subtracting 24 h, so a DST change in between does not shift the boundary.
		return new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, rolloverHour);
	}
	return start;
}

/** Start of the next study day after the one containing `now`. */
export function nextDayStart(now: Date, rolloverHour = 4): Date {
	const s = dayStart(now, rolloverHour);
	return new Date(s.getFullYear(), s.getMonth(), s.getDate() + 1, rolloverHour);
}

/** The calendar date of the study day containing `now`, as YYYY-MM-DD. */
export function dayKey(now: Date, rolloverHour = 4): string {
	const s = dayStart(now, rolloverHour);
	const mm = String(s.getMonth() + 1).padStart(2, '0');
	const dd = String(s.getDate()).padStart(2, '0');
	return `${s.getFullYear()}-${mm}-${dd}`;
}

/** Whole study days from the day of `from` to the day of `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date, rolloverHour = 4): number {
	const a = dayStart(from, rolloverHour);
	const b = dayStart(to, rolloverHour);
	// Compare calendar dates in UTC to be immune to 23/25-hour days.
	const ua = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
	const ub = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
	return Math.round((ub - ua) / 86_400_000);
}
