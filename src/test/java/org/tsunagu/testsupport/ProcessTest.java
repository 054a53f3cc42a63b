package org.tsunagu.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A process-level suite ({@code *IT}) that starts the packaged application with {@link ApplicationProcess} on a
 * {@link ScratchDatabase}: it runs in the PostgreSQL pass of Failsafe only (in the H2 pass it is skipped as
 * belonging to the other pass), and there — like the database suites — a missing PostgreSQL skips it on a
 * developer's machine and fails it where {@code -Dtsunagu.test.require=postgres} (CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("db")
@ExtendWith(ProcessSuiteCondition.class)
public @interface ProcessTest {
}
