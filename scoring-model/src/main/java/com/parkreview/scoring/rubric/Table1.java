package com.parkreview.scoring.rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * 表1-服务成效考核标准, word for word from 《石景山区人形机器人产业发展支持办法（试行）》实施细则,
 * 第二部分 第七条: five dimensions, thirteen indicators, 100 points. Where the seed puts guidance in
 * brackets after an indicator, the bracket is the guidance; {@link Indicator#fullText()} gives the
 * seed's text back.
 */
public final class Table1 {

    public static final String NAME = "表1-服务成效考核标准";

    private static final Rubric RUBRIC = new Rubric(NAME, List.of(
            dimension("1", "运营服务基础条件", 15,
                    indicator("1.1", "运营主体及其关联企业是否为专业化企业或专业运营机构",
                            "包括是否符合国家及北京市、石景山区重点支持方向", 5),
                    indicator("1.2", "运营面积",
                            "包括楼宇数量、楼宇用途、规划占地面积、规划建筑面积、已出租面积、自持面积、各类空间占比等", 5),
                    indicator("1.3", "运营主体及其关联企业已获得的荣誉资质、近三年获得国家、市级、区级的支持", "", 5)),
            dimension("2", "运营单位基本情况", 15,
                    indicator("2.1", "运营单位的综合实力", "包括运营状况、营业收入、税收贡献、高新认定、财务状况等", 5),
                    indicator("2.2", "承担单位的运营实力", "包括企业运营团队、人员学历、建设运营投入等", 5),
                    indicator("2.3", "运营单位的信用情况", "综合考虑各类失信及惩戒情况等", 5)),
            dimension("3", "运营管理制度情况", 20,
                    indicator("3.1", "运营模式",
                            "包括是否具有先进性和领先性、商业模式创新、管理创新、是否有激励机制、智库团队、行业分析报告等", 10),
                    indicator("3.2", "运营成效", "包括是否有基金，投资、服务、租赁等各项运营收入占比、宣传推广情况", 10)),
            dimension("4", "企业入驻集聚情况", 30,
                    indicator("4.1", "园区企业入住率/平台数（家）/注册企业数（家）/实际入驻企业数（家）"
                            + "/国家高新技术企业数（家）/专精特新企业数（家）/科技型中小企业数（家）等", "", 15),
                    indicator("4.2", "入驻企业实缴注册总资本/年度研发总费用/年度专利申请数", "", 15)),
            dimension("5", "服务体系", 20,
                    indicator("5.1", "专业服务情况", "包括专业技术服务平台数、服务典型案例；是否具有孵化器、服务领域、服务类型及服务个数", 5),
                    indicator("5.2", "项目成果转化应用情况", "包括产学研合作成果转化项目数、在区示范应用情况；对行业带动促进作用等", 5),
                    indicator("5.3", "投融资、供需对接、产业招商等活动开展情况，通过运营服务产生的经济效益和社会效益", "", 10))));

    private Table1() {
    }

    /** The built-in rubric. */
    public static Rubric rubric() {
        return RUBRIC;
    }

    private static Dimension dimension(String code, String name, int max, Indicator... indicators) {
        return new Dimension(code, name, BigDecimal.valueOf(max), List.of(indicators));
    }

    private static Indicator indicator(String code, String name, String guidance, int max) {
        return new Indicator(code, name, guidance, BigDecimal.valueOf(max));
    }
}
