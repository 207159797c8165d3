package ai.slope.candidates.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.candidates.CandidateProfile;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.candidates.Achievements;
import ai.slope.candidates.CareerPositions;
import ai.slope.candidates.OpenSource;
import ai.slope.candidates.ProfileChangedException;
import ai.slope.candidates.ProfileLinks;
import ai.slope.candidates.ProfileViews;
import ai.slope.candidates.Publication;
import ai.slope.candidates.Publications;
import ai.slope.candidates.TopVenues;
import ai.slope.candidates.Resumes;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;
import ai.slope.roles.Seniority;
import ai.slope.web.Choice;
import ai.slope.web.Countries;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.Pages;

/**
 * The seeker's own profile: the page that shows it with how complete it is, the form that edits it, and the
 * switch that lets recruiters find it. Only job seekers reach {@code /profile/**}; each sees their own.
 */
@Controller
@RequestMapping("/profile")
class ProfileController {

	static final String PROFILE_VIEW = "candidates/profile";

	static final String EDIT_VIEW = "candidates/edit";

	private static final String REDIRECT = "redirect:/profile";

	private final CandidateProfiles profiles;

	private final Publications publications;

	private final Resumes resumes;

	private final RoleTaxonomy roles;

	private final ProfileViews views;

	private final Countries countries;

	private final TopVenues venues;

	private final CareerPositions positions;

	private final Achievements achievements;

	private final OpenSource openSource;

	ProfileController(CandidateProfiles profiles, Publications publications, Resumes resumes, RoleTaxonomy roles,
			ProfileViews views, Countries countries, TopVenues venues, CareerPositions positions,
			Achievements achievements, OpenSource openSource) {
		this.venues = venues;
		this.positions = positions;
		this.achievements = achievements;
		this.openSource = openSource;
		this.countries = countries;
		this.views = views;
		this.profiles = profiles;
		this.publications = publications;
		this.resumes = resumes;
		this.roles = roles;
	}

	@GetMapping
	String showProfile(@CurrentUser SignedInUser user, @RequestParam(name = "resume", required = false) String resume,
			Model model) {
		long id = user.getId();
		Optional<CandidateProfile> profile = this.profiles.profileOf(id);
		model.addAttribute("profile", profile.orElse(null));
		model.addAttribute("completeness", this.profiles.completeness(id));
		List<Publication> publications = this.publications.of(id);
		model.addAttribute("publications", publications);
		model.addAttribute("venueBadges", this.venues.badges(publications));
		model.addAttribute("positions", this.positions.of(id));
		model.addAttribute("growth", this.positions.growth(id).orElse(null));
		model.addAttribute("achievements", this.achievements.of(id));
		model.addAttribute("repositories", this.openSource.of(id));
		model.addAttribute("metrics", this.publications.metrics(id));
		model.addAttribute("resume", this.resumes.info(id).orElse(null));
		model.addAttribute("maxResumeMegabytes", Resumes.MAX_BYTES / (1024 * 1024));
		model.addAttribute("wantedRoles", profile.map(p -> this.roles.roleTypes()
			.stream()
			.filter(type -> p.getWantedRoleTypeIds().contains(type.getId()))
			.toList()).orElse(List.of()));
		model.addAttribute("sites", ProfileLinks.Site.values());
		Page<ProfileViews.Viewed> views = this.views.of(id, PageRequest.of(0, 5));
		model.addAttribute("views", views.getContent());
		model.addAttribute("viewCount", views.getTotalElements());
		if ("too-big".equals(resume) && !model.containsAttribute("resumeError")) {
			// sent here by ResumeUploadSizeFilter
			model.addAttribute("resumeError", new DefaultMessageSourceResolvable(
					new String[] { "candidates.error.resume.too-big" }, new Object[] { Resumes.MAX_BYTES / (1024 * 1024) }));
		}
		return PROFILE_VIEW;
	}

	@GetMapping("/views")
	String showViews(@CurrentUser SignedInUser user, @RequestParam(name = "page", required = false) String page,
			Model model) {
		Page<ProfileViews.Viewed> views = this.views.of(user.getId(), PageRequest.of(Pages.number(page) - 1, 50));
		model.addAttribute("views", views.getContent());
		model.addAttribute("pages", Pages.of("/profile/views", views));
		return "candidates/views";
	}

	@GetMapping("/edit")
	String initUpdateForm(@CurrentUser SignedInUser user, Model model, Locale locale) {
		ProfileForm form = this.profiles.profileOf(user.getId())
			.map(profile -> ProfileForm.of(profile, slugsById()))
			.orElseGet(ProfileForm::empty);
		return edit(form, model, locale);
	}

	@PostMapping
	String processUpdateForm(@CurrentUser SignedInUser user, @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			this.profiles.save(user.getId(), form.version(), form.toInput());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return edit(form, model, locale);
		}
		catch (ProfileChangedException | OptimisticLockingFailureException ex) {
			// what is stored now, beside what they typed; their next save (now based on it) goes through
			Optional<CandidateProfile> current = this.profiles.profileOf(user.getId());
			ProfileForm saved = current.map(profile -> ProfileForm.of(profile, slugsById())).orElseGet(ProfileForm::empty);
			model.addAttribute("conflict", saved.differencesFrom(form));
			return edit(form.basedOn(current.map(CandidateProfile::getVersion).orElse(null)), model, locale);
		}
		redirect.addFlashAttribute("notice", "candidates.saved");
		return REDIRECT;
	}

	@PostMapping("/discoverable")
	String setDiscoverable(@CurrentUser SignedInUser user,
			@RequestParam(name = "discoverable", defaultValue = "false") boolean discoverable,
			RedirectAttributes redirect) {
		this.profiles.setDiscoverable(user.getId(), discoverable);
		redirect.addFlashAttribute("notice", discoverable ? "candidates.discoverable.on" : "candidates.discoverable.off");
		return REDIRECT + "#visibility";
	}

	private String edit(ProfileForm form, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("roleFamilies", this.roles.byFamily());
		model.addAttribute("seniorities", Seniority.values());
		model.addAttribute("countryChoices", this.countries.choices(locale));
		List<String> currencies = new ArrayList<>(CandidateProfiles.CURRENCIES);
		String typed = (form.salaryCurrency() == null) ? "" : form.salaryCurrency().strip().toUpperCase(Locale.ROOT);
		if (typed.matches("[A-Z]{3}") && !currencies.contains(typed)) {
			currencies.add(typed);
		}
		model.addAttribute("currencies", currencies.stream().map(code -> Choice.of(code, code)).toList());
		return EDIT_VIEW;
	}

	private Map<Long, String> slugsById() {
		return this.roles.roleTypes().stream().collect(Collectors.toMap(RoleType::getId, RoleType::getSlug));
	}

}
