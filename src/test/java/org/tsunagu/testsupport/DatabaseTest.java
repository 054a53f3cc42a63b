package org.tsunagu.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * A database suite ({@code *IT}): the whole application on a fresh database, run by Failsafe twice — on H2
 * and on PostgreSQL — so every migration and repository works on both.
 * <p>
 * Every suite gets the same context, {@code MockMvc} included whether it drives the web layer or not: a suite
 * that adds to it (a property, a bean of its own, a mock) makes the JVM start one more application (about ten
 * seconds on the CI machine), so share such additions between suites where they can be shared.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("db")
@ExtendWith(DatabaseSuiteCondition.class)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface DatabaseTest {
}
