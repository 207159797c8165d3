package ai.slope.companies;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyLogoRepository extends JpaRepository<CompanyLogo, Long> {

}
