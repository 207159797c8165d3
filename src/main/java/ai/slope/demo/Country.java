package ai.slope.demo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * A country postings can be in, with its currency and cities.
 *
 * @param payLevel pay relative to the US for the same role and level
 * @param officeWeight how often companies based elsewhere open a role there
 * @param chineseShare the share of postings there written in Chinese
 */
record Country(String code, String currency, double payLevel, int officeWeight, double chineseShare,
		List<City> cities) {

	static Map<String, Country> readAll() {
		Map<String, Country> countries = new LinkedHashMap<>();
		for (CSVRecord row : DemoFiles.csv("demo/countries.csv")) {
			List<City> cities = Arrays.stream(row.get("cities").split("\\|")).map(City::parse).toList();
			countries.put(row.get("code"),
					new Country(row.get("code"), row.get("currency"), Double.parseDouble(row.get("pay_level")),
							Integer.parseInt(row.get("office_weight")), Double.parseDouble(row.get("chinese_share")),
							cities));
		}
		return countries;
	}

	String name(boolean chinese) {
		return new Locale("", this.code).getDisplayCountry(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
	}

	City city(String name) {
		return this.cities.stream().filter(c -> c.name().equals(name)).findFirst().orElse(new City(name, name));
	}

	record City(String name, String chineseName) {

		static City parse(String text) {
			String[] names = text.split(":", 2);
			return new City(names[0], names.length > 1 ? names[1] : names[0]);
		}

		String name(boolean chinese) {
			return chinese ? this.chineseName : this.name;
		}

	}

}
