package ai.slope;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SlopeApplication {

	public static void main(String[] args) {
		SpringApplication.run(SlopeApplication.class, args);
	}

}
