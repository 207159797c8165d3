package ai.slope.salaries;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ExchangeRateRepository extends Repository<ExchangeRate, String> {

	List<ExchangeRate> findAllByOrderByCurrency();

}
