package ai.slope.candidates.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import org.apache.lucene.document.FeatureField;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.types.dsl.LuceneIndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.ValueBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.ValueBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes a profile's research-signal score so that a query can add it to the score. On Lucene it is a
 * {@link FeatureField}: a query adds it with {@code FeatureField.newLinearQuery}, and Lucene skips the blocks of
 * profiles whose signals cannot reach the top of the page instead of scoring every profile. On OpenSearch it is a
 * plain {@code float} that a {@code function_score} adds, rounded first as a feature field rounds it (to 9
 * significant bits), so that both backends rank alike. A score of 0 is not indexed (a feature must be positive).
 */
public class SignalFeatureBinder implements ValueBinder {

	/** The feature's name inside its field. */
	public static final String FEATURE = "signals";

	@Override
	public void bind(ValueBindingContext<?> context) {
		if (context.typeFactory() instanceof LuceneIndexFieldTypeFactory) {
			context.bridge(Float.class, new Bridge(), context.typeFactory()
				.extension(LuceneExtension.get())
				.asNative(Float.class, (path, value, fields) -> {
					if (value != null && value > 0) {
						fields.accept(new FeatureField(path, FEATURE, value));
					}
				}));
		}
		else {
			context.bridge(Float.class, new JsonBridge(), context.typeFactory()
				.extension(ElasticsearchExtension.get())
				.asNative()
				.mapping("{\"type\": \"float\"}"));
		}
	}

	/** The value as a feature field keeps it: its 16 highest bits (sign, exponent and 8 bits of the fraction). */
	public static float asFeature(float value) {
		return Float.intBitsToFloat((Float.floatToIntBits(value) >>> 15) << 15);
	}

	static class Bridge implements ValueBridge<Float, Float> {

		@Override
		public Float toIndexedValue(Float value, ValueBridgeToIndexedValueContext context) {
			return value;
		}

	}

	static class JsonBridge implements ValueBridge<Float, JsonElement> {

		@Override
		public JsonElement toIndexedValue(Float value, ValueBridgeToIndexedValueContext context) {
			return (value != null && value > 0) ? new JsonPrimitive(asFeature(value)) : JsonNull.INSTANCE;
		}

	}

}
