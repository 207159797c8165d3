package ai.slope.jobs.search;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import ai.slope.jobs.SearchBackend;

/**
 * Chooses the search backend with {@code slope.search.backend} ({@code SLOPE_SEARCH_BACKEND}): {@code lucene}, the
 * default, keeps the indexes in a local folder for one instance; {@code opensearch} puts them on an OpenSearch
 * cluster through Hibernate Search's Elasticsearch backend, with the entity changes of every instance carried to
 * it through an outbox table in PostgreSQL (outbox-polling coordination), so that several instances can run side
 * by side. The mapping, the analysers (mirrored in {@link SlopeElasticsearchAnalysisConfigurer}) and the answers are
 * the same; docs/search.md says what differs.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

	private static final String SEARCH = "hibernate.search.";

	@Bean
	HibernatePropertiesCustomizer searchBackend(@Value("${slope.search.backend:lucene}") String backend,
			@Value("${slope.search.index-dir:./data/index}") String indexDir,
			@Value("${slope.search.opensearch.url:}") String url,
			@Value("${slope.search.opensearch.user:}") String user,
			@Value("${slope.search.opensearch.password:}") String password,
			@Value("${slope.search.opensearch.version:}") String version,
			@Value("${slope.search.opensearch.index-prefix:slope-}") String indexPrefix,
			@Value("${slope.search.opensearch.coordination:outbox-polling}") String coordination) {
		return switch (SearchBackend.of(backend)) {
			case LUCENE -> properties -> {
				properties.put(SEARCH + "backend.type", "lucene");
				properties.put(SEARCH + "backend.directory.root", indexDir);
				// silences HSEARCH000075 (the Lucene version was not set)
				properties.put(SEARCH + "backend.lucene_version", "LUCENE_9_12_3");
			};
			case OPENSEARCH -> properties -> {
				if (!StringUtils.hasText(url)) {
					throw new IllegalStateException(
							"SLOPE_SEARCH_BACKEND=opensearch needs SLOPE_OPENSEARCH_URL, e.g. http://127.0.0.1:9200");
				}
				properties.put(SEARCH + "backend.type", "elasticsearch");
				properties.put(SEARCH + "backend.uris", url);
				if (StringUtils.hasText(user)) {
					properties.put(SEARCH + "backend.username", user);
					properties.put(SEARCH + "backend.password", password);
				}
				if (StringUtils.hasText(version)) {
					properties.put(SEARCH + "backend.version", version);
				}
				properties.put(SEARCH + "backend.analysis.configurer",
						"class:" + SlopeElasticsearchAnalysisConfigurer.class.getName());
				properties.put(SEARCH + "backend.layout.strategy", new PrefixedIndexLayout(indexPrefix));
				// missing indexes are created; a mapping change is a rebuild, which drops and creates them
				// (SearchIndexInitializer), once for the cluster
				properties.put(SEARCH + "schema_management.strategy", "create");
				properties.put(SEARCH + "coordination.strategy", coordination);
			};
		};
	}

	/**
	 * Hibernate Search's simple layout (an index {@code name-000001} behind the aliases {@code name-read} and
	 * {@code name-write}) with a prefix before every name, so that several applications, or the tests' contexts,
	 * can share one cluster.
	 */
	record PrefixedIndexLayout(String prefix) implements IndexLayoutStrategy {

		@Override
		public String createInitialElasticsearchIndexName(String name) {
			return this.prefix + name + "-000001";
		}

		@Override
		public String createWriteAlias(String name) {
			return this.prefix + name + "-write";
		}

		@Override
		public String createReadAlias(String name) {
			return this.prefix + name + "-read";
		}

		@Override
		public String extractUniqueKeyFromHibernateSearchIndexName(String name) {
			return this.prefix + name;
		}

		@Override
		public String extractUniqueKeyFromElasticsearchIndexName(String name) {
			return name.replaceFirst("-\\d+$", "");
		}

	}


}
