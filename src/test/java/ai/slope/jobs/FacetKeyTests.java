package ai.slope.jobs;

import org.junit.jupiter.api.Test;

import ai.slope.roles.Seniority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FacetKeyTests {

	@Test
	void unpacksWhatItPacked() {
		for (Seniority seniority : Seniority.values()) {
			for (EmploymentType type : EmploymentType.values()) {
				for (RemotePolicy remote : RemotePolicy.values()) {
					for (int band = 0; band <= Facets.SALARY_THRESHOLDS.size(); band++) {
						FacetKey key = new FacetKey(FacetKey.MAX_ROLE_TYPE_ID - band, seniority, type, remote,
								band % 2 == 0, band);
						assertThat(FacetKey.unpack(key.pack())).isEqualTo(key);
					}
				}
			}
		}
	}

	@Test
	void bandsASalaryByTheThresholdsItReaches() {
		assertThat(FacetKey.salaryBand(49_999)).isZero();
		assertThat(FacetKey.salaryBand(50_000)).isEqualTo(1);
		assertThat(FacetKey.salaryBand(299_999)).isEqualTo(4);
		assertThat(FacetKey.salaryBand(5_000_000)).isEqualTo(Facets.SALARY_THRESHOLDS.size());
		FacetKey key = new FacetKey(1, Seniority.MID, EmploymentType.FULL_TIME, RemotePolicy.REMOTE, false, 2);
		assertThat(key.reachesSalary(100_000)).isTrue();
		assertThat(key.reachesSalary(150_000)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> key.reachesSalary(120_000));
	}

	@Test
	void refusesRoleTypeIdsItCannotPack() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FacetKey(FacetKey.MAX_ROLE_TYPE_ID + 1,
				Seniority.MID, EmploymentType.FULL_TIME, RemotePolicy.REMOTE, false, 0));
	}

}
