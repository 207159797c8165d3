package ai.slope.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.core.io.ClassPathResource;

/**
 * Building blocks of demo text, read from a file of sections: a {@code [name]} line opens a section and each
 * following non-blank line is one block (a title, a skill, a sentence or a paragraph). Lines starting with
 * {@code #} are comments.
 */
final class TextBlocks {

	private final String name;

	private final Map<String, List<String>> sections;

	private TextBlocks(String name, Map<String, List<String>> sections) {
		this.name = name;
		this.sections = sections;
	}

	static TextBlocks read(String path) {
		ClassPathResource resource = new ClassPathResource(path);
		Map<String, List<String>> sections = new LinkedHashMap<>();
		try (InputStream in = resource.getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<String> current = null;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				if (text.startsWith("[") && text.endsWith("]")) {
					current = sections.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
				}
				else if (current == null) {
					throw new IllegalStateException(path + ": text before the first [section]");
				}
				else {
					current.add(text);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + path, ex);
		}
		return new TextBlocks(path, sections);
	}

	boolean has(String section) {
		return this.sections.containsKey(section);
	}

	List<String> all(String section) {
		List<String> blocks = this.sections.get(section);
		if (blocks == null || blocks.isEmpty()) {
			throw new IllegalStateException(this.name + " has no [" + section + "]");
		}
		return blocks;
	}

	String pick(String section, Random random) {
		List<String> blocks = all(section);
		return blocks.get(random.nextInt(blocks.size()));
	}

	/**
	 * {@code count} different blocks of the section (all of them if it has fewer), in the section's order.
	 */
	List<String> pick(String section, int count, Random random) {
		List<String> blocks = all(section);
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			indexes.add(i);
		}
		Collections.shuffle(indexes, random);
		return indexes.subList(0, Math.min(count, indexes.size())).stream().sorted().map(blocks::get).toList();
	}

}
