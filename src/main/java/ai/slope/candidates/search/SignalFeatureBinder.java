package ai.slope.candidates.search;

import org.apache.lucene.document.FeatureField;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.ValueBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.ValueBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes a profile's research-signal score as a Lucene {@link FeatureField}: a query then adds it to the score
 * with {@code FeatureField.newLinearQuery}, and Lucene skips the blocks of profiles whose signals cannot reach the
 * top of the page instead of scoring every profile. A score of 0 is not indexed (a feature must be positive).
 */
public class SignalFeatureBinder implements ValueBinder {

	/** The feature's name inside its field. */
	public static final String FEATURE = "signals";

	@Override
	public void bind(ValueBindingContext<?> context) {
		context.bridge(Float.class, new Bridge(), context.typeFactory()
			.extension(LuceneExtension.get())
			.asNative(Float.class, (path, value, fields) -> {
				if (value != null && value > 0) {
					fields.accept(new FeatureField(path, FEATURE, value));
				}
			}));
	}

	static class Bridge implements ValueBridge<Float, Float> {

		@Override
		public Float toIndexedValue(Float value, ValueBridgeToIndexedValueContext context) {
			return value;
		}

	}

}
