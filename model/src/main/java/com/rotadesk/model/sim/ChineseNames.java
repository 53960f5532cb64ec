package com.rotadesk.model.sim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Realistic Chinese names for generated consultants and visitors (test and demo data). */
public final class ChineseNames {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉玲鑫宇婷峰飞斌波浩凯帆晨欣怡佳琳雪梅兰红燕萍颖慧倩雯琪瑶璐晶";

    private final Random random;

    /** Names drawn from this random source. */
    public ChineseNames(Random random) {
        this.random = random;
    }

    /** One name of two or three characters. */
    public String next() {
        StringBuilder sb = new StringBuilder(3);
        sb.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) > 0) {
            sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }

    /** {@code n} different names. */
    public List<String> distinct(int n) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < n) {
            names.add(next());
        }
        return List.copyOf(names);
    }
}
