package cymru.atebol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cymru.atebol.seed.SeedCommand;

/** Atebol: a GraphQL API over the governance graph of health and care in Wales. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AtebolApplication {

	public static void main(String[] args) {
		if (SeedCommand.isCommand(args)) {
			System.exit(SeedCommand.run(AtebolApplication.class, args));
		}
		SpringApplication.run(AtebolApplication.class, args);
	}

}
