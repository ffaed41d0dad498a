package com.parkreview.app.setup;

import com.parkreview.app.files.ResultFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Use case: a session's settings file to fill in — {@code template session --out FILE}: every
 * setting {@code session create --settings} reads, each under a Chinese comment that says what
 * it is and what is allowed, with example values that {@code session create --settings} accepts
 * as they are. Written whole ({@link ResultFile}): a failed write leaves the file as it was.
 */
public final class SessionSettingsTemplate {

    /** The template's text: UTF-8, one {@code key = value} a line. */
    static final String TEXT = """
            # ParkReview 评审批次设置：session create --settings 本文件
            # 每行一项，写作“键 = 值”；以 # 开头的行是注释。键也可写中文名（如“名称 = …”）。
            # 命令行上同时给出的选项优先于本文件。不需要的项整行删去或在行首加 #。

            # 评审批次名称（必填）
            name = 2026年度石景山区园区运营评审
            # 项目年度：四位数字；不写则取答辩日期的年份
            year = 2026
            # 答辩日期：2026-12-10、2026/12/10 或 2026年12月10日
            date = 2026-12-10
            # 答辩地点
            venue = 石景山区科委三层会议室
            # 评审秘书
            secretary = 赵秘书
            # 本批次预算，单位万元；可不写
            budget = 4000
            # 支持办法：shijingshan（石景山，每年最高 1500 万元，支持 3 年）或 chaoyang（朝阳，每年最高 500 万元）
            programme = shijingshan
            # 每家运营单位年度支持上限，单位万元；不写则按支持办法（石景山 1500，朝阳 500）。
            # 高于支持办法的上限须在命令行加 --cap-above-programme
            # cap = 1500
            # 指标评分步长：0.5、1 或 0.1
            precision = 0.5
            # 专家组得分：mean（有效专家总分的算术平均）或 trimmed（有效专家不少于 5 名时去掉一个最高分和一个最低分）
            rule = mean
            # 明显偏差：专家总分与中位数相差的分数（大于 0，不超过 100）
            expert-points = 15
            # 明显偏差：指标得分与中位数之差占该指标满分的百分比（大于 0，不超过 100）
            indicator-percent = 40
            # 评分细则（JSON 文件，路径相对于本文件所在文件夹）；不写则用表1 服务成效考核标准
            # rubric = rubric-table1.json
            """;

    private SessionSettingsTemplate() {
    }

    /** Writes the template whole; a failed write is refused naming the file. */
    public static void write(Path file) {
        ResultFile.write(file, out -> out.write(TEXT.getBytes(StandardCharsets.UTF_8)));
    }
}
