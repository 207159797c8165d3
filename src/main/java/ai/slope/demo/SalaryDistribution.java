package ai.slope.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Real pay of AI roles from the aijobs.net salary index, by role type and experience level: the CSV's free-text
 * job titles are mapped to role types by keywords, and titles that map to none are left out.
 */
final class SalaryDistribution {

	/** The index's experience levels: entry, mid, senior, executive. */
	enum Level {

		EN, MI, SE, EX

	}

	/** Smaller groups are too noisy to draw pay from; their level across all role types is used instead. */
	static final int MIN_SAMPLE = 20;

	private static final String ALL_ROLES = "*";

	/** First match wins, so the more specific keywords come first. */
	private static final List<Map.Entry<String, List<String>>> TITLE_KEYWORDS = List.of(
			Map.entry("applied-scientist",
					List.of("applied scientist", "applied machine learning scientist", "applied research scientist")),
			Map.entry("research-scientist",
					List.of("research scientist", "machine learning researcher", "deep learning researcher",
							"ai researcher", "machine learning scientist", "ai scientist", "principal researcher")),
			Map.entry("research-engineer", List.of("research engineer")),
			Map.entry("data-engineer",
					List.of("data infrastructure engineer", "data platform engineer", "data pipeline engineer",
							"data engineer", "etl engineer", "dataops engineer")),
			Map.entry("infrastructure-engineer",
					List.of("ml infrastructure engineer", "machine learning infrastructure engineer",
							"infrastructure engineer", "machine learning performance engineer",
							"site reliability engineer")),
			Map.entry("mlops-engineer",
					List.of("mlops engineer", "machine learning platform engineer", "platform engineer")),
			Map.entry("ml-engineer",
					List.of("machine learning engineer", "ml engineer", "ai engineer",
							"artificial intelligence engineer", "deep learning engineer", "computer vision engineer",
							"nlp engineer", "machine learning software engineer", "machine learning developer",
							"ai developer", "machine learning model engineer", "ai software engineer")),
			Map.entry("product-manager", List.of("product manager")),
			Map.entry("technical-program-manager", List.of("technical program manager")),
			Map.entry("hardware-engineer", List.of("hardware engineer", "asic", "fpga")),
			Map.entry("ai-safety", List.of("ai safety", "alignment")),
			Map.entry("ai-ethics-policy", List.of("ai ethics", "ai policy", "responsible ai")));

	private static final List<Map.Entry<String, Pattern>> TITLE_PATTERNS = TITLE_KEYWORDS.stream()
		.flatMap(e -> e.getValue()
			.stream()
			.map(keyword -> Map.entry(e.getKey(), Pattern.compile("\\b" + Pattern.quote(keyword) + "\\b"))))
		.toList();

	private final Map<String, Sample> samples;

	private SalaryDistribution(Map<String, Sample> samples) {
		this.samples = samples;
	}

	/**
	 * Reads the full-time salaries reported from 2023 on; older pay is out of date for today's postings, and
	 * contract rates are not comparable with salaries.
	 */
	static SalaryDistribution read(Reader csv) {
		Map<String, List<Integer>> groups = new HashMap<>();
		Map<String, Optional<String>> roleTypes = new HashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try {
			for (CSVRecord row : format.parse(csv)) {
				Optional<String> roleType = roleTypes.computeIfAbsent(row.get("job_title"),
						SalaryDistribution::roleTypeOf);
				if (roleType.isEmpty() || Integer.parseInt(row.get("work_year")) < 2023
						|| !"FT".equals(row.get("employment_type"))) {
					continue;
				}
				Level level = Level.valueOf(row.get("experience_level"));
				int usd = Integer.parseInt(row.get("salary_in_usd"));
				groups.computeIfAbsent(key(roleType.get(), level), k -> new ArrayList<>()).add(usd);
				groups.computeIfAbsent(key(ALL_ROLES, level), k -> new ArrayList<>()).add(usd);
				groups.computeIfAbsent(ALL_ROLES, k -> new ArrayList<>()).add(usd);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the salary data", ex);
		}
		Map<String, Sample> samples = new HashMap<>();
		groups.forEach((key, values) -> samples.put(key, Sample.of(values)));
		return new SalaryDistribution(samples);
	}

	/**
	 * The role type slug a job title from the salary index stands for, if any.
	 */
	static Optional<String> roleTypeOf(String jobTitle) {
		String title = jobTitle.toLowerCase(Locale.ROOT);
		return TITLE_PATTERNS.stream()
			.filter(e -> e.getValue().matcher(title).find())
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/**
	 * The pay in annual US dollars below which {@code percent} of the role type's salaries at that level fall;
	 * when the role type has fewer than {@link #MIN_SAMPLE} salaries at that level, of all role types' salaries
	 * at that level, or failing those of all salaries.
	 */
	int percentile(String roleType, Level level, double percent) {
		return sample(roleType, level).percentile(percent);
	}

	/**
	 * The salaries that {@link #percentile} draws from.
	 */
	Sample sample(String roleType, Level level) {
		for (String key : List.of(key(roleType, level), key(ALL_ROLES, level), ALL_ROLES)) {
			Sample sample = this.samples.get(key);
			if (sample != null && sample.size() >= MIN_SAMPLE) {
				return sample;
			}
		}
		throw new IllegalStateException("The salary data holds too few salaries of AI roles");
	}

	private static String key(String roleType, Level level) {
		return roleType + "/" + level;
	}

	/**
	 * Salaries in annual US dollars, sorted.
	 */
	record Sample(int[] sortedUsd) {

		static Sample of(List<Integer> values) {
			int[] sorted = values.stream().mapToInt(Integer::intValue).toArray();
			Arrays.sort(sorted);
			return new Sample(sorted);
		}

		int size() {
			return this.sortedUsd.length;
		}

		/**
		 * The value below which {@code percent} of the salaries fall, interpolated between neighbours.
		 */
		int percentile(double percent) {
			double rank = percent / 100 * (this.sortedUsd.length - 1);
			int below = (int) Math.floor(rank);
			int above = Math.min(below + 1, this.sortedUsd.length - 1);
			int[] usd = this.sortedUsd;
			return (int) Math.round(usd[below] + (rank - below) * (usd[above] - usd[below]));
		}

	}

}
