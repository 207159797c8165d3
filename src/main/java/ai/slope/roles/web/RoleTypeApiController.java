package ai.slope.roles.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import ai.slope.roles.RoleTaxonomy;

/**
 * The role taxonomy as JSON, in English or Chinese ({@code ?lang=zh-CN} or {@code Accept-Language}).
 */
@RestController
@Tag(name = "Role types", description = "The kinds of AI roles that postings are filed under")
class RoleTypeApiController {

	private final RoleTaxonomy roles;

	RoleTypeApiController(RoleTaxonomy roles) {
		this.roles = roles;
	}

	@GetMapping("/api/v1/role-types")
	@Operation(summary = "Every role type, grouped by family order")
	List<RoleTypeItem> listRoleTypes(Locale locale) {
		return this.roles.roleTypes()
			.stream()
			.map(type -> new RoleTypeItem(type.getSlug(), type.name(locale), type.getFamily().getSlug(),
					type.getFamily().name(locale), type.summary(locale), type.description(locale),
					"/roles/" + type.getSlug()))
			.toList();
	}

	record RoleTypeItem(String slug, String name, String family, String familyName, String summary,
			String description, String url) {
	}

}
