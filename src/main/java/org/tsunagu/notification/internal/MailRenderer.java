package org.tsunagu.notification.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.tsunagu.notification.Mail;

/** Writes a mail from its Thymeleaf text template ({@code templates/mail/<name>.txt}) with the app's messages. */
@Component
class MailRenderer {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailRenderer(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
	}

	RenderedMail render(Mail mail) {
		Context context = new Context(mail.locale(), mail.variables());
		try {
			return RenderedMail.parse(engine.process(mail.template(), context));
		}
		catch (TemplateInputException missing) {
			throw new IllegalArgumentException("No mail template " + mail.template(), missing);
		}
	}
}
