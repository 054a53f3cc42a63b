package org.tsunagu.training.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tsunagu.training.ApplicationInput;

/**
 * Finds the person an application belongs to — same name, kana and birth date, or the same e-mail — or
 * records a new one. The oldest match wins; staff merge what the rule could not tell apart.
 */
@Component
class People {

	private final PersonRepository people;

	People(PersonRepository people) {
		this.people = people;
	}

	Person findOrCreate(ApplicationInput input) {
		String email = Person.normaliseEmail(input.email());
		List<Person> matches = people.findMatches(Person.matchKey(input.name(), input.kana(), input.birthDate()),
				email == null ? "" : email);
		if (!matches.isEmpty()) {
			Person person = matches.get(0);
			person.refreshEmail(email);
			return person;
		}
		return people.save(new Person(input.name(), input.kana(), input.birthDate(), email));
	}
}
