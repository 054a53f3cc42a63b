package org.tsunagu.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyIterable;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.DefaultResourceLoader;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;

class ReferenceDataLoaderTests {

	@TempDir
	Path folder;

	RegionRepository regions = mock(RegionRepository.class);

	MunicipalityRepository municipalities = mock(MunicipalityRepository.class);

	DepartmentRepository departments = mock(DepartmentRepository.class);

	CareScoreItemRepository careScoreItems = mock(CareScoreItemRepository.class);

	AuditLog auditLog = mock(AuditLog.class);

	@BeforeEach
	void writeValidFiles() throws Exception {
		write("regions.csv", "region,alias,office,office_city\n架空,架空,架空保健福祉事務所,架空市\n");
		write("municipalities.csv", "code,name,kana,region\n202011,架空一市,かくういちし,架空\n");
		write("departments.csv", "bureau,division,sort_order\n架空部,架空課,1\n");
		write("care.csv", "no,category,sub_item,base,watch_high,watch_mid,watch_low\n1,架空のケア,,10,2,1,0\n");
	}

	@Test
	void loadsEveryFileIntoEmptyTablesAndRecordsIt() {
		loader().load();

		ArgumentCaptor<List<Municipality>> saved = listCaptor();
		verify(municipalities).saveAll(saved.capture());
		assertThat(saved.getValue()).singleElement()
			.satisfies(municipality -> assertThat(municipality.getRegion().getName())
				.isEqualTo("架空"));
		verify(auditLog).record(eq(AuditAction.CREATE), eq("ReferenceData"), any(), any());
	}

	@Test
	void loadsNothingWhenOneFileIsWrong() throws Exception {
		write("municipalities.csv", "code,name,kana,region\n202011,架空一市,かくういちし,架空\n202012,架空二市,かくうにし,架空\n");

		assertThatThrownBy(() -> loader().load()).isInstanceOf(ReferenceFileException.class)
			.hasMessageContaining("municipalities.csv, line 3")
			.hasMessageContaining("202012");
		verifyNothingSaved();
	}

	@Test
	void loadsNothingWhenTheTablesHoldData() {
		given(regions.count()).willReturn(10L);
		given(departments.count()).willReturn(15L);
		given(careScoreItems.count()).willReturn(19L);

		loader().load();

		verifyNothingSaved();
	}

	@Test
	void namesAMissingFile() throws Exception {
		Files.delete(folder.resolve("departments.csv"));

		assertThatThrownBy(() -> loader().load()).hasMessageContaining("departments.csv")
			.hasMessageContaining("not found");
		verifyNothingSaved();
	}

	private void verifyNothingSaved() {
		verify(regions, never()).saveAll(anyIterable());
		verify(municipalities, never()).saveAll(anyIterable());
		verify(departments, never()).saveAll(anyIterable());
		verify(careScoreItems, never()).saveAll(anyIterable());
		verify(auditLog, never()).record(any(), any(), any(), any());
	}

	private ReferenceDataLoader loader() {
		ReferenceSettings settings = new ReferenceSettings(folder.toUri().toString(), "regions.csv",
				"municipalities.csv", "departments.csv", "care.csv", LocalDate.of(2021, 4, 1));
		return new ReferenceDataLoader(settings, new DefaultResourceLoader(),
				new ReferenceRepositories(regions, municipalities, departments, careScoreItems), auditLog,
				mock(ApplicationEventPublisher.class));
	}

	private void write(String name, String content) throws Exception {
		Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	private static <T> ArgumentCaptor<List<T>> listCaptor() {
		return ArgumentCaptor.forClass(List.class);
	}
}
