package com.parkreview.app.cli;

import com.parkreview.app.setup.SessionSettingsFile;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The options of a command as given: on the command line, else in its settings file. A value
 * keeps where it came from, so that its refusal names the option ({@code --budget}) or the
 * file's line and key ({@code 会议.txt line 4 (budget)}); either way the value is read by the
 * same reader.
 */
final class Given {

    /** A value as typed and where it was typed. */
    record Value(String text, String where) {

        /** The value read by the option's reader; a refusal names where it was typed. */
        <T> T read(Function<String, T> reader) {
            return OptionValue.read(where, () -> reader.apply(text));
        }
    }

    private final Map<String, SessionSettingsFile.Setting> file;

    Given(Map<String, SessionSettingsFile.Setting> file) {
        this.file = file;
    }

    /** The option {@code --key}: the flag's value when given, else the file's. */
    Optional<Value> of(String key, String flag) {
        if (flag != null) {
            return Optional.of(new Value(flag, "--" + key));
        }
        return Optional.ofNullable(file.get(key)).map(setting -> new Value(setting.value(), setting.where()));
    }

    /** The option's default, named as its flag. */
    Value fixed(String key, String value) {
        return new Value(value, "--" + key);
    }
}
