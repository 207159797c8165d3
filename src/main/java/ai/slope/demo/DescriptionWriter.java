package ai.slope.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import ai.slope.demo.CompanyProfile.Kind;
import ai.slope.demo.PayRanges.Pay;

/**
 * Writes a posting's Markdown description from building blocks: the company, the team, what the person
 * will do, what the company looks for, what is nice to have, and the pay.
 */
final class DescriptionWriter {

	private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("USD", "$", "GBP", "£", "EUR", "€", "JPY",
			"¥", "INR", "₹", "KRW", "₩");

	private static final List<Kind> KINDS_WITH_EQUITY = List.of(Kind.LAB, Kind.STARTUP, Kind.TOOLS, Kind.CHIPS);

	private final TextBlocks english;

	private final TextBlocks chinese;

	DescriptionWriter(TextBlocks english, TextBlocks chinese) {
		this.english = english;
		this.chinese = chinese;
	}

	/**
	 * The common blocks of the posting's language, which include the title formats.
	 */
	TextBlocks common(boolean inChinese) {
		return inChinese ? this.chinese : this.english;
	}

	String write(PostingPlan plan, Random random) {
		TextBlocks common = common(plan.chinese());
		TextBlocks role = plan.blocks();
		Markdown text = new Markdown(plan);

		text.heading(common.pick("heading-about", random));
		text.paragraph(plan.chinese() ? common.pick("about-" + plan.company().kind(), random)
				: plan.company().description());

		text.heading(common.pick("heading-team", random));
		text.paragraph(role.pick("team", random) + separator(plan)
				+ common.pick("remote-" + plan.remotePolicy(), random));

		text.heading(common.pick("heading-duties", random));
		text.bullets(role.pick("duties", 4 + random.nextInt(2), random));

		text.heading(common.pick("heading-requirements", random));
		List<String> requirements = new ArrayList<>();
		requirements.add(common.pick("experience-" + plan.seniority(), random));
		requirements.addAll(role.pick("requirements", 3 + random.nextInt(2), random));
		text.bullets(requirements);

		text.heading(common.pick("heading-nice", random));
		text.bullets(role.pick("nice", 2 + random.nextInt(2), random));

		text.heading(common.pick("heading-pay", random));
		StringBuilder pay = new StringBuilder(common.pick("pay-" + plan.pay().period(), random));
		if (KINDS_WITH_EQUITY.contains(plan.company().kind()) && random.nextDouble() < 0.6) {
			pay.append(separator(plan)).append(common.pick("equity", random));
		}
		if (plan.visaSponsorship()) {
			pay.append(separator(plan)).append(common.pick("visa-yes", random));
		}
		else if (random.nextDouble() < 0.2) {
			pay.append(separator(plan)).append(common.pick("visa-no", random));
		}
		text.paragraph(pay.toString());
		text.bullets(common.pick("benefits", 3 + random.nextInt(2), random));
		if (random.nextDouble() < 0.5) {
			text.paragraph(common.pick("closing", random));
		}
		return text.toString();
	}

	/**
	 * The pay range as people write it: {@code $180,000 – $240,000}; {@code CHF 150,000 – 190,000}; {@code 30,000–45,000 元}.
	 */
	static String range(Pay pay, boolean inChinese) {
		String min = String.format(Locale.ROOT, "%,d", pay.min());
		String max = String.format(Locale.ROOT, "%,d", pay.max());
		if (inChinese) {
			return "CNY".equals(pay.currency()) ? min + "–" + max + " 元" : min + "–" + max + " " + pay.currency();
		}
		String symbol = CURRENCY_SYMBOLS.get(pay.currency());
		return (symbol != null) ? symbol + min + " – " + symbol + max : pay.currency() + " " + min + " – " + max;
	}

	private static String separator(PostingPlan plan) {
		return plan.chinese() ? "" : " ";
	}

	/**
	 * A Markdown document whose blocks have their placeholders filled in from the plan.
	 */
	private static final class Markdown {

		private final List<String> blocks = new ArrayList<>();

		private final Map<String, String> placeholders;

		Markdown(PostingPlan plan) {
			boolean chinese = plan.chinese();
			this.placeholders = Map.of("{company}", plan.company().name(), "{specialty}", plan.specialty(), "{city}",
					(plan.city() != null) ? plan.city().name(chinese) : "", "{country}", plan.country().name(chinese),
					"{range}", range(plan.pay(), chinese));
		}

		void heading(String heading) {
			this.blocks.add("## " + fill(heading));
		}

		void paragraph(String paragraph) {
			this.blocks.add(fill(paragraph));
		}

		void bullets(List<String> bullets) {
			this.blocks.add(bullets.stream().map(bullet -> "- " + fill(bullet)).collect(Collectors.joining("\n")));
		}

		private String fill(String block) {
			String filled = block;
			for (Map.Entry<String, String> placeholder : this.placeholders.entrySet()) {
				filled = filled.replace(placeholder.getKey(), placeholder.getValue());
			}
			return filled;
		}

		@Override
		public String toString() {
			return String.join("\n\n", this.blocks) + "\n";
		}

	}

}
