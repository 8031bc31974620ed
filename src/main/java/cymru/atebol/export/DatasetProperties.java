package cymru.atebol.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every export says about the dataset ({@code atebol.dataset.*}): its title and the
 * licence the operator publishes it under. The default licence is the Open Government
 * Licence v3.0, under which the Welsh Government and NHS Wales bodies publish the sources
 * the graph is built from (docs/research.md says where that is stated); the dataset's
 * licence is the operator's decision.
 *
 * @param title the dataset's title, first in the suggested citation
 * @param licence the licence's name and the URL of its text
 */
@ConfigurationProperties("atebol.dataset")
public record DatasetProperties(@DefaultValue("Atebol: the governance of health and care in Wales") String title,
		@DefaultValue Licence licence) {

	/** A licence by name and the URL of its text. */
	public record Licence(@DefaultValue("Open Government Licence v3.0") String name,
			@DefaultValue("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/") String url) {
	}

}
