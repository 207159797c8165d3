package ai.slope.demo;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import ai.slope.demo.CompanyProfile.Kind;
import ai.slope.roles.RoleType;

/**
 * The building blocks of postings for one role type, in English and Chinese, and how often each kind of
 * company hires for it.
 */
record RoleContent(RoleType type, TextBlocks english, TextBlocks chinese, Map<Kind, Integer> weights) {

	static boolean exists(RoleType type) {
		return new ClassPathResource(path(type, "txt")).exists()
				&& new ClassPathResource(path(type, "zh.txt")).exists();
	}

	static RoleContent read(RoleType type) {
		TextBlocks english = TextBlocks.read(path(type, "txt"));
		TextBlocks chinese = TextBlocks.read(path(type, "zh.txt"));
		Map<Kind, Integer> weights = new EnumMap<>(Kind.class);
		for (String line : english.all("weights")) {
			String[] parts = line.split("\\s+");
			weights.put(Kind.valueOf(parts[0]), Integer.parseInt(parts[1]));
		}
		return new RoleContent(type, english, chinese, weights);
	}

	private static String path(RoleType type, String extension) {
		return "demo/roles/" + type.getSlug() + "." + extension;
	}

	TextBlocks blocks(boolean inChinese) {
		return inChinese ? this.chinese : this.english;
	}

	int weight(Kind kind) {
		return this.weights.getOrDefault(kind, 0);
	}

}
