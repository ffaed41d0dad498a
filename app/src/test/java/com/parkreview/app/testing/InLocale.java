package com.parkreview.app.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Each test of the class runs with this default locale ({@code "zh"} or {@code "en"}), set before
 * its {@code @BeforeEach} methods and given back afterwards: the messages a test reads are in a
 * known language whatever the machine's is.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(InLocale.Switch.class)
public @interface InLocale {

    /** The language tag: {@code "zh"} for Simplified Chinese, {@code "en"} for English. */
    String value();

    /** Sets the locale before each test and restores the one before it afterwards. */
    final class Switch implements BeforeEachCallback, AfterEachCallback {

        private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(Switch.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            String tag = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), InLocale.class)
                    .orElseThrow().value();
            context.getStore(HERE).put("before", Locale.getDefault());
            Locale.setDefault(tag.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(tag));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Locale.setDefault(context.getStore(HERE).get("before", Locale.class));
        }
    }
}
