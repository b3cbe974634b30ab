// Data shapes the chart components draw: plain numbers and labels, already translated.

export interface ChartSeries {
	key: string;
	label: string;
	/** A CSS colour, usually a variable from app.css so that both themes work. */
	color: string;
}

export interface ChartBar {
	key: string;
	/** Short label on the axis ("25 Nov"). */
	tick: string;
	/** Full label in the table and the tooltip ("Wed, 25 November"). */
	label: string;
	values: Record<string, number>;
}
