package cymru.atebol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cymru.atebol.backup.BackupCommand;
import cymru.atebol.neo4j.DataFolderInUseException;
import cymru.atebol.security.PasswordHashCommand;
import cymru.atebol.seed.SeedCommand;

/** Atebol: a GraphQL API over the governance graph of health and care in Wales. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AtebolApplication {

	public static void main(String[] args) {
		try {
			if (SeedCommand.isCommand(args)) {
				System.exit(SeedCommand.run(AtebolApplication.class, args));
			}
			if (BackupCommand.isCommand(args)) {
				System.exit(BackupCommand.run(AtebolApplication.class, args));
			}
			if (PasswordHashCommand.requested(args)) {
				System.exit(PasswordHashCommand.run(System.console(), System.in, System.out, System.err));
			}
			SpringApplication.run(AtebolApplication.class, args);
		}
		catch (DataFolderInUseException ex) {
			// one line, no stack trace: the service did not start and opened no port
			System.err.println(ex.getMessage());
			System.exit(1);
		}
	}

}
