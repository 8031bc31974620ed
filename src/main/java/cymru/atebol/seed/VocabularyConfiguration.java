package cymru.atebol.seed;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The controlled vocabulary as a bean, read from the seed's {@code vocabulary.yaml}. */
@Configuration(proxyBeanMethods = false)
class VocabularyConfiguration {

	@Bean
	Vocabulary vocabulary(SeedProperties properties) {
		List<SeedFile> files = SeedFiles.read(properties.location())
			.stream()
			.filter(f -> f.path().equals("vocabulary.yaml"))
			.toList();
		SeedReader.Result read = SeedReader.read(files);
		if (!read.problems().isEmpty()) {
			throw new InvalidSeedException(read.problems());
		}
		return read.seed().vocabulary();
	}

}
