package ai.slope.candidates.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ai.slope.candidates.OpenSource;
import ai.slope.candidates.OpenSourceRepository;
import ai.slope.candidates.RepositoryRole;
import ai.slope.candidates.StarsBand;

/**
 * An open-source repository as the form sends it.
 */
public class RepositoryForm {

	@NotBlank
	@Size(max = OpenSource.MAX_URL_LENGTH)
	private String url = "";

	@NotNull
	private RepositoryRole role;

	@NotNull
	private StarsBand stars;

	private Long version;

	static RepositoryForm of(OpenSourceRepository repository) {
		RepositoryForm form = new RepositoryForm();
		form.url = repository.getUrl();
		form.role = repository.getRole();
		form.stars = repository.getStars();
		form.version = repository.getVersion();
		return form;
	}

	OpenSource.RepositoryInput toInput() {
		return new OpenSource.RepositoryInput(this.url, this.role, this.stars);
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public RepositoryRole getRole() {
		return this.role;
	}

	public void setRole(RepositoryRole role) {
		this.role = role;
	}

	public StarsBand getStars() {
		return this.stars;
	}

	public void setStars(StarsBand stars) {
		this.stars = stars;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
