package ai.slope.salaries.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ai.slope.salaries.ExperienceLevel;
import ai.slope.salaries.SalaryStats;

	/**
 * The explorer’s two charts as SVG geometry, drawn on the server (no script, and the labels are the page’s
 * language): the percentiles of each experience level as horizontal bars (10th to 90th percentile as a line, 25th
 * to 75th as a bar, the median as a mark), and the median by year with the 25th to 75th percentile band. Only
 * published percentiles are drawn (see {@link SalaryStats}): a level or year without a median is not drawn, and
 * the line or the bar is left out where its percentiles are not published.
 */
@Component
class SalaryCharts {

	static final int WIDTH = 720;

	static final int LABEL_WIDTH = 150;

	static final int RIGHT = 44;

	/** The smallest text a chart may show on a screen, in CSS pixels. */
	static final int MIN_TEXT = 11;

	static final int ROW = 46;

	static final int TOP = 28;

	static final int YEAR_HEIGHT = 260;

	static final int YEAR_LEFT = 70;

	static final int YEAR_BOTTOM = 36;

	/** The font size of the year chart's axis labels, as the template draws them. */
	static final int AXIS_FONT_SIZE = 12;

	private final Money money;

	private final MessageSource messages;

	SalaryCharts(Money money, MessageSource messages) {
		this.money = money;
		this.messages = messages;
	}

	/**
	 * The width a chart is drawn for. An SVG scales with its box, text included: the wide chart in a phone's column
	 * of about 340 pixels would shrink its 11 to 13 pixel labels to half that. So the page carries both, the wide
	 * one shown from Bootstrap's md breakpoint (768 px) and the phone one, drawn at about its real size, below it.
	 * @param idSuffix what the figure's id has after {@code level-chart} or {@code year-chart}
	 * @param labelWidth the level chart's column of level names
	 * @param right room right of the level chart's bars for the median's label
	 * @param tickSteps the level chart's axis steps: fewer on a phone, so the amounts do not run into each other
	 * @param yearLeft room left of the year chart for the axis's amounts
	 * @param smallText the size of the smallest text (the number of reports under a level's name): on a phone a
	 * little over 11 px once the chart is scaled to a 360 px phone's column
	 */
	enum Frame {

		WIDE("", WIDTH, LABEL_WIDTH, RIGHT, 4, YEAR_LEFT, 11),

		PHONE("-phone", 340, 100, 72, 2, 80, 12);

		final String idSuffix;

		final int width;

		final int labelWidth;

		final int right;

		final int tickSteps;

		final int yearLeft;

		final int smallText;

		Frame(String idSuffix, int width, int labelWidth, int right, int tickSteps, int yearLeft, int smallText) {
			this.idSuffix = idSuffix;
			this.width = width;
			this.labelWidth = labelWidth;
			this.right = right;
			this.tickSteps = tickSteps;
			this.yearLeft = yearLeft;
			this.smallText = smallText;
		}

	}

	record Tick(double position, String label) {
	}

	/**
	 * @param shown whether the level’s median is published, so the row is drawn
	 * @param whiskers whether its 10th and 90th percentiles are, so the line is drawn
	 * @param box whether its quartiles are, so the bar is drawn
	 * @param labelX where the median’s label goes, right of what is drawn
	 */
	record LevelRow(String level, String label, String count, double y, boolean shown, boolean selected,
			boolean whiskers, boolean box, double x10, double x25, double x50, double x75, double x90, double labelX,
			String median, String summary) {

		public double barWidth() {
			return this.x75 - this.x25;
		}

		public double barY() {
			return this.y - 9;
		}

		public double textY() {
			return this.y + 5;
		}

		public double countY() {
			return this.y + 19;
		}

	}

	record LevelChart(Frame frame, int width, int height, List<LevelRow> rows, List<Tick> ticks, double axisY,
			boolean any) {

		public boolean phone() {
			return this.frame == Frame.PHONE;
		}

		public String id() {
			return "level-chart" + this.frame.idSuffix;
		}

		public int smallText() {
			return this.frame.smallText;
		}

		/** Where the level names end (they are right-aligned there). */
		public int labelRight() {
			return this.frame.labelWidth - 10;
		}

	}

	/**
	 * @param labelY where the median's label goes: above the point, or below it where it would run into the label
	 * of the year before (close years with close medians on a phone's narrow chart)
	 */
	record YearPoint(int year, double x, double y, boolean shown, String median, String summary, double labelY) {

		YearPoint(int year, double x, double y, boolean shown, String median, String summary) {
			this(year, x, y, shown, median, summary, y - 10);
		}

		YearPoint below() {
			return new YearPoint(this.year, this.x, this.y, this.shown, this.median, this.summary, this.y + 22);
		}

	}

	record YearChart(Frame frame, int width, int height, List<YearPoint> points, String medianLine, String band,
			List<Tick> yTicks, double plotLeft, double plotRight, double plotBottom, boolean any) {

		public boolean phone() {
			return this.frame == Frame.PHONE;
		}

		public String id() {
			return "year-chart" + this.frame.idSuffix;
		}

	}

	/** The level chart in both frames, wide first. */
	List<LevelChart> levels(List<SalaryStats.Group<ExperienceLevel>> groups, ExperienceLevel selected, Locale locale) {
		return List.of(levels(groups, selected, locale, Frame.WIDE), levels(groups, selected, locale, Frame.PHONE));
	}

	LevelChart levels(List<SalaryStats.Group<ExperienceLevel>> groups, ExperienceLevel selected, Locale locale,
			Frame frame) {
		long max = groups.stream()
			.filter(g -> g.figures().isShown())
			.mapToLong(g -> highest(g.figures()))
			.max()
			.orElse(0);
		double scaleMax = niceCeiling(max);
		double plot = frame.width - frame.labelWidth - frame.right;
		List<LevelRow> rows = new ArrayList<>();
		int index = 0;
		for (SalaryStats.Group<ExperienceLevel> group : groups) {
			double y = TOP + index * ROW + ROW / 2.0;
			String label = this.messages.getMessage(group.key().messageKey(), null, locale);
			String count = this.messages.getMessage("salaries.chart.reports",
					new Object[] { this.money.count(group.figures().count(), locale) }, locale);
			SalaryStats.Figures f = group.figures();
			if (f.p50() != null) {
				boolean whiskers = f.p10() != null && f.p90() != null;
				boolean box = f.p25() != null && f.p75() != null;
				double x50 = x(f.p50(), scaleMax, plot, frame);
				double x25 = box ? x(f.p25(), scaleMax, plot, frame) : x50;
				double x75 = box ? x(f.p75(), scaleMax, plot, frame) : x50;
				double x10 = whiskers ? x(f.p10(), scaleMax, plot, frame) : x25;
				double x90 = whiskers ? x(f.p90(), scaleMax, plot, frame) : x75;
				String summary = whiskers
						? this.messages.getMessage("salaries.chart.level.summary",
								new Object[] { label, this.money.full(f.p10(), locale),
										this.money.full(f.p50(), locale), this.money.full(f.p90(), locale) },
								locale)
						: this.messages.getMessage("salaries.chart.level.summary.median",
								new Object[] { label, this.money.full(f.p50(), locale) }, locale);
				rows.add(new LevelRow(group.key().name(), label, count, y, true, group.key() == selected, whiskers,
						box, x10, x25, x50, x75, x90, Math.max(x90, x50 + 12) + 6, this.money.compact(f.p50(), locale),
						summary));
			}
			else {
				rows.add(new LevelRow(group.key().name(), label, count, y, false, group.key() == selected, false,
						false, 0, 0, 0, 0, 0, 0, "", this.messages.getMessage("salaries.chart.too-few", null, locale)));
			}
			index++;
		}
		List<Tick> ticks = new ArrayList<>();
		if (scaleMax > 0) {
			for (int i = 0; i <= frame.tickSteps; i++) {
				long value = Math.round(scaleMax * i / frame.tickSteps);
				ticks.add(new Tick(x(value, scaleMax, plot, frame), this.money.compact(value, locale)));
			}
		}
		double axisY = TOP + groups.size() * ROW + 4;
		return new LevelChart(frame, frame.width, (int) axisY + 24, rows, ticks, axisY, max > 0);
	}

	/** The highest published percentile of a group (0 when none is). */
	private static long highest(SalaryStats.Figures figures) {
		long highest = 0;
		for (Long value : figures.percentiles()) {
			if (value != null) {
				highest = Math.max(highest, value);
			}
		}
		return highest;
	}

	/** The year chart in both frames, wide first. */
	List<YearChart> years(List<SalaryStats.Group<Integer>> groups, Locale locale) {
		return List.of(years(groups, locale, Frame.WIDE), years(groups, locale, Frame.PHONE));
	}

	YearChart years(List<SalaryStats.Group<Integer>> groups, Locale locale, Frame frame) {
		List<SalaryStats.Group<Integer>> shown = groups.stream().filter(g -> g.figures().p50() != null).toList();
		double plotLeft = frame.yearLeft;
		double plotRight = frame.width - Math.min(frame.right, RIGHT) - 10;
		double plotTop = 16;
		double plotBottom = YEAR_HEIGHT - YEAR_BOTTOM;
		long max = shown.stream()
			.mapToLong(g -> (g.figures().p75() != null) ? g.figures().p75() : g.figures().p50())
			.max()
			.orElse(0);
		double scaleMax = niceCeiling(max);
		List<String> tickLabels = new ArrayList<>();
		if (scaleMax > 0) {
			for (int i = 0; i <= 4; i++) {
				tickLabels.add(this.money.compact(Math.round(scaleMax * i / 4), locale));
			}
		}
		// the axis labels end 8 units left of the plot: the plot starts right of the longest one
		double widest = tickLabels.stream().mapToDouble(label -> labelWidth(label, AXIS_FONT_SIZE)).max().orElse(0);
		plotLeft = Math.max(plotLeft, Math.ceil(widest + 8 + 4));
		List<YearPoint> points = new ArrayList<>();
		int n = groups.size();
		for (int i = 0; i < n; i++) {
			SalaryStats.Group<Integer> group = groups.get(i);
			double x = (n == 1) ? (plotLeft + plotRight) / 2 : plotLeft + 20 + i * (plotRight - plotLeft - 40) / (n - 1);
			SalaryStats.Figures f = group.figures();
			if (f.p50() != null) {
				String summary = (f.p25() != null && f.p75() != null)
						? this.messages.getMessage("salaries.chart.year.summary",
								new Object[] { String.valueOf(group.key()), this.money.full(f.p25(), locale),
										this.money.full(f.p50(), locale), this.money.full(f.p75(), locale),
										this.money.count(f.count(), locale) },
								locale)
						: this.messages.getMessage("salaries.chart.year.summary.median",
								new Object[] { String.valueOf(group.key()), this.money.full(f.p50(), locale),
										this.money.count(f.count(), locale) },
								locale);
				points.add(new YearPoint(group.key(), x, y(f.p50(), scaleMax, plotTop, plotBottom), true,
						this.money.compact(f.p50(), locale), summary));
			}
			else {
				points.add(new YearPoint(group.key(), x, plotBottom, false, "",
						this.messages.getMessage("salaries.chart.too-few", null, locale)));
			}
		}
		placeLabels(points);
		StringBuilder median = new StringBuilder();
		StringBuilder upper = new StringBuilder();
		StringBuilder lower = new StringBuilder();
		for (int i = 0; i < n; i++) {
			SalaryStats.Figures f = groups.get(i).figures();
			if (f.p50() == null) {
				continue;
			}
			double x = points.get(i).x();
			median.append(fmt(x)).append(',').append(fmt(y(f.p50(), scaleMax, plotTop, plotBottom))).append(' ');
			if (f.p25() != null && f.p75() != null) {
				upper.append(fmt(x)).append(',').append(fmt(y(f.p75(), scaleMax, plotTop, plotBottom))).append(' ');
				lower.insert(0, fmt(x) + "," + fmt(y(f.p25(), scaleMax, plotTop, plotBottom)) + " ");
			}
		}
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i < tickLabels.size(); i++) {
			long value = Math.round(scaleMax * i / 4);
			ticks.add(new Tick(y(value, scaleMax, plotTop, plotBottom), tickLabels.get(i)));
		}
		return new YearChart(frame, frame.width, YEAR_HEIGHT, points, median.toString().strip(), (upper + "" + lower).strip(),
				ticks, plotLeft, plotRight, plotBottom, !shown.isEmpty());
	}

	/**
	 * Moves below its point each median label that would overlap the one drawn before it, judging the labels'
	 * widths from their characters at the chart's 12 px.
	 */
	static void placeLabels(List<YearPoint> points) {
		YearPoint before = null;
		for (int i = 0; i < points.size(); i++) {
			YearPoint point = points.get(i);
			if (!point.shown()) {
				continue;
			}
			if (before != null && Math.abs(point.labelY() - before.labelY()) < 14
					&& point.x() - before.x() < (textWidth(point.median()) + textWidth(before.median())) / 2 + 4) {
				point = point.below();
				points.set(i, point);
			}
			before = point;
		}
	}

	/** About how wide a text is at 12 px: a CJK character is square, a Latin letter or digit a little over half. */
	static double textWidth(String text) {
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			width += (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? 12 : (c == ' ') ? 3.5 : 7;
		}
		return width;
	}

	/**
	 * How wide a label is drawn, at most: a Chinese character (or a full-width form) takes a whole em, anything else
	 * at most 0.62 em (digits, Latin letters and signs in the page's sans-serif font).
	 */
	static double labelWidth(String label, int fontSize) {
		return label.codePoints().mapToDouble(c -> (c >= 0x2E80) ? fontSize : 0.62 * fontSize).sum();
	}

	private static double x(long value, double scaleMax, double plot, Frame frame) {
		return (scaleMax <= 0) ? frame.labelWidth : round(frame.labelWidth + value / scaleMax * plot);
	}

	private static double y(long value, double scaleMax, double top, double bottom) {
		return (scaleMax <= 0) ? bottom : round(bottom - value / scaleMax * (bottom - top));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String fmt(double value) {
		return String.valueOf(round(value));
	}

	/**
	 * A round number at or above the value, so the axis reads 0, 50K, 100K, 150K, 200K rather than odd figures.
	 */
	static double niceCeiling(long value) {
		if (value <= 0) {
			return 0;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 2.5, 4, 5, 8, 10 }) {
			if (step * magnitude >= value) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}

}
