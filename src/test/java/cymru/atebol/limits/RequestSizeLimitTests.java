package cymru.atebol.limits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeLimitTests {

	@Test
	void shouldMeasureVariablesAsTheirCompactJson() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("text", "Bwrdd Iechyd ŵ");
		variables.put("first", 20);
		variables.put("kinds", List.of("BOARD", "GROUP"));
		variables.put("none", null);
		variables.put("empty", new ArrayList<>());
		String json = "{\"text\":\"Bwrdd Iechyd ŵ\",\"first\":20,\"kinds\":[\"BOARD\",\"GROUP\"],\"none\":null,\"empty\":[]}";
		assertThat(RequestSizeLimit.jsonBytes(variables))
			.isEqualTo(json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
	}

	@Test
	void shouldMeasureEmptyVariables() {
		assertThat(RequestSizeLimit.jsonBytes(Map.of())).isEqualTo(2);
		assertThat(RequestSizeLimit.jsonBytes(Arrays.asList(1, 2))).isEqualTo("[1,2]".length());
	}

}
