package cymru.atebol.neo4j;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;

import cymru.atebol.system.StartupRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DriverIoThreadsTests {

	@Test
	void shouldGiveTheDriverOneIoThreadPerFourCoresAndAtLeastOne() {
		assertThat(DriverIoThreads.forCores(1)).isEqualTo(1);
		assertThat(DriverIoThreads.forCores(2)).isEqualTo(1);
		assertThat(DriverIoThreads.forCores(7)).isEqualTo(1);
		assertThat(DriverIoThreads.forCores(8)).isEqualTo(2);
		assertThat(DriverIoThreads.forCores(32)).isEqualTo(8);
	}

	@Test
	void shouldConfigureTheDriverWithTheDefaultUnlessTheOperatorSetsANumber() {
		int cores = Runtime.getRuntime().availableProcessors();
		assertThat(configured(0)).isEqualTo(DriverIoThreads.forCores(cores));
		assertThat(configured(3)).isEqualTo(3);
	}

	@Test
	void shouldRefuseANegativeNumberOfThreadsSayingWhatToSetInstead() {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> new DriverIoThreads().driverWithIoThreads(-1))
			.satisfies((refused) -> {
				assertThat(refused.problem()).contains("atebol.neo4j.io-threads is -1");
				assertThat(refused.action()).contains("Set it to 0");
			});
	}

	private static int configured(int property) {
		Config.ConfigBuilder builder = Config.builder();
		new DriverIoThreads().driverWithIoThreads(property).customize(builder);
		return builder.build().eventLoopThreads();
	}

}
